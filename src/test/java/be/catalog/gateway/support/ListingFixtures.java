package be.catalog.gateway.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.catalog.gateway.agency.AgencyCode;

/** Listings created through the real createListing/publishListing mutations, for tests that need some. */
public final class ListingFixtures {

    public static final String LISTING_FIELDS = """
            id externalId status version hsCode unit stockQuantity netWeightGrams originRegion
            price { amount currency }
            title { text locale } description { text locale }
            agency { code name region }
            supplier { id name enterpriseNumber city region website }
            category { code parentCode }
            createdAt updatedAt
            """;

    public static final String CREATE = """
            mutation Create($input: ListingInput!) {
              createListing(input: $input) { %s }
            }""".formatted(LISTING_FIELDS);

    public static final String PUBLISH = """
            mutation Publish($id: ID!) { publishListing(id: $id) { id status version } }""";

    private ListingFixtures() {
    }

    /** A unique word to find a test's own listings among everything else in the database. */
    public static String uniqueToken() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid listing input of a Ghent chocolate maker; change entries to make it invalid or different. */
    public static Map<String, Object> validInput(AgencyCode agency, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("agency", agency.name());
        input.put("externalId", "ext-" + UUID.randomUUID());
        input.put("supplier", supplier("0403170701", "Chocolaterie Test", "Gent", "FLANDERS"));
        input.put("title", new HashMap<>(Map.of("en", title, "fr", title + " (fr)", "zhCn", title + " 巧克力")));
        input.put("description", new HashMap<>(Map.of("en", "Hand-made in Ghent")));
        input.put("category", "pralines");
        input.put("hsCode", "1806.90");
        input.put("priceEur", "12.50");
        input.put("unit", "BOX");
        input.put("stockQuantity", 100);
        input.put("netWeightGrams", 250);
        return input;
    }

    /** A valid enterprise number no other test uses: 0, seven random digits, then 97 minus their remainder by 97. */
    public static String uniqueEnterpriseNumber() {
        long base = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000L, 10_000_000L);
        return "%08d%02d".formatted(base, 97 - base % 97);
    }

    public static Map<String, Object> supplier(String enterpriseNumber, String name, String city, String region) {
        Map<String, Object> supplier = new HashMap<>();
        supplier.put("enterpriseNumber", enterpriseNumber);
        supplier.put("name", name);
        supplier.put("city", city);
        supplier.put("region", region);
        supplier.put("website", "https://example.be");
        return supplier;
    }

    /** Creates the listing as a staff member of its agency and returns its id. */
    public static String create(Map<String, Object> input) {
        AgencyCode agency = AgencyCode.valueOf((String) input.get("agency"));
        return GraphQLClient.withToken(Tokens.agency(agency)).execute(CREATE, "input", input)
                .ok().data("createListing.id");
    }

    public static String createPublished(Map<String, Object> input) {
        String id = create(input);
        AgencyCode agency = AgencyCode.valueOf((String) input.get("agency"));
        GraphQLClient.withToken(Tokens.agency(agency)).execute(PUBLISH, "id", id).ok();
        return id;
    }
}
