package be.catalog.gateway.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.common.Sha256;
import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * Public read caching: catalog queries over GET carry Cache-Control and a strong ETag when anonymous, If-None-Match
 * answers 304, and Automatic Persisted Queries map a SHA-256 to its document.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PublicReadCachingTest {

    private static final String LISTING = "query Listing($id: ID!) { listing(id: $id) { id title { text } } }";

    private String listingId;

    @BeforeEach
    void aPublishedListing() {
        listingId = ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, "Cached pralines"));
    }

    @Test
    void aQuerySentAsGetIsAnswered() {
        Response response = get(LISTING, Map.of("id", listingId), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.path("data.listing.title.text").toString()).isEqualTo("Cached pralines");
    }

    @Test
    void anAnonymousGetCarriesCacheControlAndAStrongETag() {
        Response response = get(LISTING, Map.of("id", listingId), Map.of());

        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(response.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"")
                .as("the hash of the body").isEqualTo(ETags.strong(response.body().asString()));
        assertThat(response.header("Vary")).contains("Accept-Language");
        assertThat(get(LISTING, Map.of("id", listingId), Map.of()).header("ETag")).isEqualTo(response.header("ETag"));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagAnswers304WithoutABody() {
        String etag = get(LISTING, Map.of("id", listingId), Map.of()).header("ETag");

        Response response = get(LISTING, Map.of("id", listingId), Map.of("If-None-Match", etag));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body().asString()).isEmpty();
        assertThat(response.header("ETag")).isEqualTo(etag);
        assertThat(get(LISTING, Map.of("id", listingId), Map.of("If-None-Match", "\"other\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aChangedListingGetsANewETag() {
        String id = ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, "Before"));
        String before = get(LISTING, Map.of("id", id), Map.of()).header("ETag");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT))
                .body(Map.of("query", "mutation($id: ID!) { updateListing(id: $id, version: 1,"
                        + " input: { title: { en: \"After\" } }) { id } }", "variables", Map.of("id", id)))
                .post("/graphql").then().statusCode(200);

        Response after = get(LISTING, Map.of("id", id), Map.of("If-None-Match", before));

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.path("data.listing.title.text").toString()).isEqualTo("After");
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void publicCountsAreSharedYetAWriteOnThisInstanceShowsAtOnce() {
        String title = "Shared count " + ListingFixtures.uniqueToken();
        String counts = "query($q: String!) { listings(filter: { titleContains: $q }) { totalCount"
                + " facets { regions { value count } } } }";
        ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, title));
        Response first = get(counts, Map.of("q", title), Map.of());
        assertThat(first.path("data.listings.totalCount").toString()).isEqualTo("1");

        ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, title + " bis"));

        Response second = get(counts, Map.of("q", title), Map.of());
        assertThat(second.path("data.listings.totalCount").toString()).isEqualTo("2");
        assertThat(second.path("data.listings.facets.regions[0].count").toString()).isEqualTo("2");
    }

    @Test
    void staffCountsIncludeTheirDraftsAndAreNotSharedWithTheirPublic() {
        String title = "Draft count " + ListingFixtures.uniqueToken();
        String count = "query($q: String!) { listings(filter: { titleContains: $q }) { totalCount } }";
        ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, title));
        ListingFixtures.create(ListingFixtures.validInput(AgencyCode.FIT, title + " draft"));
        Map<String, String> staff = Map.of("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT));

        assertThat(get(count, Map.of("q", title), staff).path("data.listings.totalCount").toString()).isEqualTo("2");
        assertThat(get(count, Map.of("q", title), Map.of()).path("data.listings.totalCount").toString())
                .isEqualTo("1");
        assertThat(get(count, Map.of("q", title), staff).path("data.listings.totalCount").toString()).isEqualTo("2");
    }

    @Test
    void anAuthenticatedGetIsNotCacheable() {
        Response response = get(LISTING, Map.of("id", listingId),
                Map.of("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isNull();
        assertThat(response.header("ETag")).isNull();
    }

    @Test
    void postsAndMutationsCarryNoCachingHeaders() {
        Response query = given().contentType(ContentType.JSON)
                .body(Map.of("query", LISTING, "variables", Map.of("id", listingId))).post("/graphql");
        Response mutation = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT))
                .body(Map.of("query", ListingFixtures.CREATE, "variables",
                        Map.of("input", ListingFixtures.validInput(AgencyCode.FIT, "Posted"))))
                .post("/graphql");

        assertThat(query.header("ETag")).isNull();
        assertThat(query.header("Cache-Control")).isNull();
        assertThat(mutation.path("data.createListing.id").toString()).isNotBlank();
        assertThat(mutation.header("ETag")).isNull();
        assertThat(mutation.header("Cache-Control")).isNull();
    }

    @Test
    void aMutationSentAsGetIsRefused() {
        Response response = get("mutation($id: ID!) { publishListing(id: $id) { id } }", Map.of("id", listingId),
                Map.of("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT)));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo("MUTATION_NOT_ALLOWED_OVER_GET");
    }

    @Test
    void anAnswerWithErrorsIsNotCacheable() {
        Response response = get(LISTING, Map.of("id", "not-an-id"), Map.of());

        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo("INVALID_ID");
        assertThat(response.header("ETag")).isNull();
    }

    @Test
    void aPersistedQueryIsRegisteredByItsHashThenSentByHashAlone() {
        String document = "query Persisted($id: ID!) { listing(id: $id) { id title { text } } } # "
                + ListingFixtures.uniqueToken();
        String hash = Sha256.hex(document);

        Response unknown = persistedGet(null, hash, listingId);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.path("errors[0].extensions.code").toString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");

        Response registered = given().contentType(ContentType.JSON).body(Map.of("query", document,
                "variables", Map.of("id", listingId), "extensions", persisted(hash))).post("/graphql");
        assertThat(registered.path("data.listing.title.text").toString()).isEqualTo("Cached pralines");

        Response byHash = persistedGet(null, hash, listingId);
        assertThat(byHash.statusCode()).isEqualTo(200);
        assertThat(byHash.path("data.listing.title.text").toString()).isEqualTo("Cached pralines");
        assertThat(byHash.header("ETag")).isNotNull();

        Response postedByHash = given().contentType(ContentType.JSON)
                .body(Map.of("variables", Map.of("id", listingId), "extensions", persisted(hash))).post("/graphql");
        assertThat(postedByHash.path("data.listing.id").toString()).isEqualTo(listingId);
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefused() {
        String hash = Sha256.hex("{ agencies { code } }");

        Response response = persistedGet("{ certifications { code } }", hash, listingId);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
        assertThat(persistedGet(null, hash, listingId).path("errors[0].extensions.code").toString())
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void aMalformedHashIsRefused() {
        Response response = persistedGet(null, "not-a-hash", listingId);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo("INVALID_PERSISTED_QUERY");
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static Response persistedGet(String document, String hash, String id) {
        var request = given().accept(ContentType.JSON)
                .queryParam("variables", new JsonObject().put("id", id).encode())
                .queryParam("extensions", new JsonObject(persisted(hash)).encode());
        if (document != null) {
            request.queryParam("query", document);
        }
        return request.get("/graphql");
    }

    private static Response get(String document, Map<String, Object> variables, Map<String, String> headers) {
        return given().accept(ContentType.JSON).headers(headers)
                .queryParam("query", document)
                .queryParam("variables", new JsonObject(variables).encode())
                .get("/graphql");
    }
}
