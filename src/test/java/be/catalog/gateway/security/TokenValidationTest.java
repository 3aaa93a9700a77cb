package be.catalog.gateway.security;

import static be.catalog.gateway.support.ListingFixtures.CREATE;
import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Bearer tokens are checked by quarkus-oidc against the keys the (test) identity provider publishes. Each way a token
 * can be wrong is refused with HTTP 401, its own code, and nothing written.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TokenValidationTest {

    @Test
    void expiredTokenIsRefused() {
        assertRefused(Tokens.expired(AgencyCode.FIT), "TOKEN_EXPIRED");
    }

    @Test
    void notYetValidTokenIsRefused() {
        assertRefused(Tokens.notYetValid(AgencyCode.FIT), "TOKEN_NOT_YET_VALID");
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        assertRefused(Tokens.fromIssuer("https://issuer.attacker.example", AgencyCode.FIT), "TOKEN_WRONG_ISSUER");
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertRefused(Tokens.forAudience("some-other-service", AgencyCode.FIT), "TOKEN_WRONG_AUDIENCE");
    }

    @Test
    void tokenSignedWithAnUntrustedKeyIsRefused() {
        assertRefused(Tokens.signedWithAnotherKey(AgencyCode.FIT), "TOKEN_BAD_SIGNATURE");
    }

    @Test
    void unsignedTokenIsRefused() {
        assertRefused(Tokens.unsigned(AgencyCode.FIT), "TOKEN_UNSIGNED");
    }

    @Test
    void aValidTokenOfTheSameShapeIsAccepted() {
        GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT))
                .execute(CREATE, "input", validInput(AgencyCode.FIT, ListingFixtures.uniqueToken())).ok();
    }

    private static void assertRefused(String token, String code) {
        String word = ListingFixtures.uniqueToken();
        GraphQLResponse response = GraphQLClient.withToken(token)
                .execute(CREATE, "input", validInput(AgencyCode.FIT, word)).failsWith(code);

        assertThat(response.status()).isEqualTo(401);
        assertThat((Integer) GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT))
                .execute("query($w: String!) { listings(filter: {titleContains: $w}) { totalCount } }", "w", word)
                .ok().data("listings.totalCount")).isZero();
    }
}
