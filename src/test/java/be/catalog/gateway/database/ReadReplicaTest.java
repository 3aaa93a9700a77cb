package be.catalog.gateway.database;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.CapturedLogs;
import be.catalog.gateway.support.DatabaseProxy;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.InjectDatabaseProxy;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Metrics;
import be.catalog.gateway.support.ReadReplicaProxy;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Catalog reads go to the read replica, everything that must see its own writes to the primary, and a replica that
 * cannot be reached costs the storefronts nothing. The replica here is the test database behind a relay
 * ({@link ReadReplicaProxy}) that counts what the read pool sends and that a test can cut; the primary is connected
 * directly.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ReadReplicaProxy.class)
class ReadReplicaTest {

    /** Every public root query, each answered from the replica. */
    private static final List<String> PUBLIC_QUERIES = List.of(
            "{ listings(first: 3, sort: PRICE_ASC) { totalCount edges { node { id supplier { name } } } } }",
            "{ listings(query: \"chocolate\", first: 3) { facets { regions { value count } } } }",
            "{ suppliers(first: 3) { edges { node { name listingCount listings { id } } } } }",
            "{ categories { code } }",
            "{ certifications { code } }",
            "{ agencies { code } }");

    private static final String CATALOG = """
            {
              listings(first: 5, sort: PRICE_ASC) { totalCount edges { node { id price { amount } } } }
              suppliers(first: 5) { edges { node { name } } }
              categories { code parentCode }
              certifications { code }
              agencies { code name }
            }""";

    private static final String UPDATE = """
            mutation Update($id: ID!, $version: Int!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: $version, input: $input) { id version supplier { name } }
            }""";

    private static final String UPSERT = """
            mutation Upsert($agency: AgencyCode!, $listings: [ListingInput!]!) {
              upsertListings(agency: $agency, listings: $listings) { status listing { id title { text } } }
            }""";

    private static final String STAFF_READS = """
            query Staff($id: ID!) {
              listing(id: $id) { id status }
              listings(filter: { agencies: [FIT] }, first: 5) { totalCount facets { agencies { value count } } }
              auditTrail(agency: FIT, listingId: $id) { edges { node { action } } }
              importJobs(agency: FIT) { edges { node { id } } }
            }""";

    private static final String PRIMARY_CHECK = "Reactive PostgreSQL connections health check";
    private static final String FALLBACKS = "catalog_read_fallback_total";

    @InjectDatabaseProxy
    DatabaseProxy replica;

    @Inject
    Pool primary;

    @Inject
    ReadPool reads;

    @Inject
    DatabaseConfig database;

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
    private CapturedLogs logged;

    @BeforeEach
    void captureLogs() {
        logged = CapturedLogs.of(ReadPool.class);
    }

    @AfterEach
    void restoreReplica() {
        logged.close();
        replica.restore();
    }

    @Test
    void everyPublicQueryIsAnsweredFromTheReplica() {
        for (String query : PUBLIC_QUERIES) {
            long before = replica.bytesToDatabase();

            GraphQLClient.anonymous().execute(query).ok();

            assertThat(replica.bytesToDatabase()).as(query).isGreaterThan(before);
        }
    }

    @Test
    void operatorsTellThePoolsApartInPgStatActivity() {
        GraphQLClient.anonymous().execute("{ agencies { code } }").ok();
        fit.execute("{ listings(first: 1) { totalCount } }").ok();

        List<String> names = new ArrayList<>();
        for (Row row : primary.query("SELECT application_name FROM pg_stat_activity"
                + " WHERE datname = current_database()").executeAndAwait()) {
            names.add(row.getString(0));
        }

        assertThat(names).contains("belgian-catalog-gateway", "belgian-catalog-gateway-read");
    }

    @Test
    void theReadConnectionsPlanStatementsTheConfiguredWay() {
        String mode = reads.query("SHOW plan_cache_mode").await().atMost(Duration.ofSeconds(5))
                .iterator().next().getString(0);

        assertThat(mode).isEqualTo(database.read().planCacheMode().setting());
    }

    @Test
    void writesAndTheReadsThatMustSeeThemNeverUseTheReplica() {
        long before = replica.bytesToDatabase();

        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Primary pralines"));
        fit.execute(UPDATE, "id", id, "version", 1, "input", Map.of("stockQuantity", 3)).ok();
        fit.execute(UPSERT, "agency", "FIT", "listings", List.of(validInput(AgencyCode.FIT, "Upserted pralines")))
                .ok();
        fit.execute(STAFF_READS, "id", id).ok();
        GraphQLClient.anonymous().execute("{ exchangeRates { currency rate } }").ok();

        assertThat(replica.bytesToDatabase()).isEqualTo(before);
    }

    @Test
    void aFailedStatementIsNotRetriedOnThePrimary() {
        double fallbacks = Metrics.value(FALLBACKS, "");

        assertThatThrownBy(() -> reads.preparedQuery("SELECT 1 / $1", Tuple.of(0)).await().indefinitely())
                .isInstanceOf(PgException.class).hasMessageContaining("division by zero");

        assertThat(Metrics.value(FALLBACKS, "")).isEqualTo(fallbacks);
    }

    @Test
    void whileTheReplicaIsAwayTheCatalogIsServedByThePrimaryAndThePodStaysReady() {
        Map<String, Object> expected = GraphQLClient.anonymous().execute(CATALOG).ok().json().getMap("data");
        double fallbacks = Metrics.value(FALLBACKS, "");

        replica.cut();

        for (int i = 0; i < 5; i++) {
            // Each request its own document: a repeated one would be answered from memory (caching/AnswerCache).
            assertThat(GraphQLClient.anonymous().execute(CATALOG + " # " + i).ok().json().getMap("data"))
                    .isEqualTo(expected);
        }
        assertThat(Metrics.value(FALLBACKS, "")).isGreaterThanOrEqualTo(fallbacks + 5 * 5);
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + PRIMARY_CHECK + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.read",
                        equalTo("DOWN (falling back to primary)"));
        assertThat(logged.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.getMessage()).contains("read replica"));

        replica.restore();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            long before = replica.bytesToDatabase();
            GraphQLClient.anonymous().execute("{ agencies { code } } # " + ListingFixtures.uniqueToken()).ok();
            assertThat(replica.bytesToDatabase()).isGreaterThan(before);
        });
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.data.read", equalTo("UP"));
    }
}
