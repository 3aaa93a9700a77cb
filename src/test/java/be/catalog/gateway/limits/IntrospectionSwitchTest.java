package be.catalog.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.SubscriptionClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Introspection can be switched off (GRAPHQL_INTROSPECTION, off in production): a storefront API need not hand its
 * whole schema to anyone who asks, and the schema file is published anyway. It is refused before anything runs.
 */
@QuarkusTest
@TestProfile(IntrospectionSwitchTest.IntrospectionOff.class)
@WithTestResource(OidcWiremockTestResource.class)
class IntrospectionSwitchTest {

    /** As in production. */
    public static class IntrospectionOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.limits.introspection", "false");
        }
    }

    private final GraphQLClient client = GraphQLClient.anonymous();

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void schemaAndTypeIntrospectionAreRefused() {
        refused("{ __schema { queryType { name } } }");
        refused("{ agencies { code } __type(name: \"Listing\") { fields { name } } }");
    }

    @Test
    void introspectionInsideFragmentsIsRefusedToo() {
        refused("query { ...meta } fragment meta on Query { ... on Query { __schema { types { name } } } }");
    }

    @Test
    void introspectionIsRefusedOverTheWebSocketToo() {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql)) {
            client.subscribe("1", "{ __schema { queryType { name } } }", Map.of());
            assertThat(client.nextErrorCode("1")).isEqualTo("INTROSPECTION_DISABLED");
        }
    }

    @Test
    void anAliasDoesNotHideIt() {
        refused("{ schema: __schema { queryType { name } } }");
    }

    @Test
    void typenameIsStillAnswered() {
        GraphQLResponse response = client.execute("{ agencies { __typename code } }").ok();
        assertThat(response.<String>data("agencies[0].__typename")).isEqualTo("Agency");
    }

    private void refused(String document) {
        GraphQLResponse response = client.execute(document).failsWith("INTROSPECTION_DISABLED");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("/graphql/schema.graphql");
    }
}
