package be.catalog.gateway.catalog;

import static be.catalog.gateway.support.ListingFixtures.CREATE;
import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Everybody reads published listings; only an agency's own staff writes that agency's listings. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ListingAccessTest {

    private static final String READ_STOCK = "query($id: ID!) { listing(id: $id) { stockQuantity status } }";
    private static final String UPDATE_STOCK = """
            mutation($id: ID!) { updateListing(id: $id, version: 0, input: { stockQuantity: 1 }) { id } }""";
    private static final String WITHDRAW = "mutation($id: ID!) { withdrawListing(id: $id) { id } }";

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
    private final GraphQLClient hub = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB));

    @Test
    void anonymousWriteIsRefused() {
        String token = ListingFixtures.uniqueToken();

        GraphQLClient.anonymous().execute(CREATE, "input", validInput(AgencyCode.FIT, token))
                .failsWith("UNAUTHENTICATED");

        assertThat((Integer) fit.execute("query($t: String!) { listings(filter: {titleContains: $t}) { totalCount } }",
                "t", token).ok().data("listings.totalCount")).isZero();
    }

    @Test
    void anonymousUpdateIsRefused() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Anonymously updated"));

        GraphQLClient.anonymous().execute(UPDATE_STOCK, "id", id).failsWith("UNAUTHENTICATED");
    }

    @Test
    void anAgencyCannotCreateAListingForAnotherAgency() {
        hub.execute(CREATE, "input", validInput(AgencyCode.FIT, "Posted by the wrong agency")).failsWith("FORBIDDEN");
    }

    @Test
    void anAgencyCannotChangeAnotherAgencysListing() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Flemish pralines"));

        hub.execute(UPDATE_STOCK, "id", id).failsWith("FORBIDDEN");
        hub.execute(WITHDRAW, "id", id).failsWith("FORBIDDEN");

        Map<String, Object> listing = GraphQLClient.anonymous().execute(READ_STOCK, "id", id).ok().data("listing");
        assertThat(listing).containsEntry("stockQuantity", 100).containsEntry("status", "PUBLISHED");
    }

    @Test
    void aTokenForSeveralAgenciesWritesForEachOfThem() {
        GraphQLClient both = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB, AgencyCode.AWEX));

        both.execute(CREATE, "input", validInput(AgencyCode.HUB, "Brussels pralines")).ok();
        both.execute(CREATE, "input", validInput(AgencyCode.AWEX, "Walloon pralines")).ok();
        both.execute(CREATE, "input", validInput(AgencyCode.FIT, "Flemish pralines")).failsWith("FORBIDDEN");
    }

    @Test
    void expiredTokenIsRefusedWithHttp401AndACode() {
        GraphQLResponse response = GraphQLClient.withToken(Tokens.expired(AgencyCode.FIT))
                .execute(CREATE, "input", validInput(AgencyCode.FIT, "Too late")).failsWith("TOKEN_EXPIRED");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void garbageTokenIsRefused() {
        GraphQLResponse response = GraphQLClient.withToken("not.a.jwt")
                .execute(CREATE, "input", validInput(AgencyCode.FIT, "Garbage")).failsWith("INVALID_TOKEN");

        assertThat(response.status()).isEqualTo(401);
    }
}
