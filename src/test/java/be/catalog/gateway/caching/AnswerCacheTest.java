package be.catalog.gateway.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Metrics;
import be.catalog.gateway.support.Rates;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;

/**
 * Anonymous answers kept in memory: a repeated public query is answered without running again, for its own headers
 * only, and never once the catalog changed, whoever changed it. Staff requests, answers with errors, mutations and
 * batches are never kept.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AnswerCacheTest {

    private static final String LISTING = "query Listing($id: ID!) { listing(id: $id) { id title { text }"
            + " price(currency: CNY) { amount } } }";

    @Inject
    AnswerCache cache;

    @Inject
    CachingConfig config;

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    private String listingId;
    private String title;

    @BeforeEach
    void aPublishedListing() {
        double heard = notificationsHeard();
        title = "Kept pralines " + ListingFixtures.uniqueToken();
        listingId = ListingFixtures.createPublished(ListingFixtures.validInput(AgencyCode.FIT, title));
        // Its two changes (created, published) are heard from the database a moment later, and each drops every kept
        // answer: once they have been, they cannot drop the answers a test keeps.
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsHeard() >= heard + 2);
    }

    @Test
    void aRepeatedAnonymousQueryIsAnsweredFromMemory() {
        double hits = hits();
        Response first = post(LISTING, Map.of("id", listingId), Map.of());
        assertThat(post(LISTING, Map.of("id", listingId), Map.of()).asString()).isEqualTo(first.asString());
        assertThat(hits()).as("kept the second time it is asked").isEqualTo(hits);

        Response again = post(LISTING, Map.of("id", listingId), Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.asString()).isEqualTo(first.asString()).contains(title);
        assertThat(again.header("X-Request-Id")).as("each request keeps its own id").isNotBlank();
        assertThat(hits()).isEqualTo(hits + 1);
    }

    @Test
    void theSameQueryInAnotherLanguageIsAnotherAnswer() {
        String french = post(LISTING, Map.of("id", listingId), Map.of("Accept-Language", "fr")).path(
                "data.listing.title.text");
        String chinese = post(LISTING, Map.of("id", listingId), Map.of("Accept-Language", "zh-CN")).path(
                "data.listing.title.text");

        assertThat(french).isEqualTo(title + " (fr)");
        assertThat(chinese).isEqualTo(title + " 巧克力");
        assertThat(post(LISTING, Map.of("id", listingId), Map.of("Accept-Language", "fr")).path(
                "data.listing.title.text").toString()).isEqualTo(french);
    }

    @Test
    void aWriteOnThisInstanceIsAnsweredAtOnce() {
        keptAnswer();
        GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT))
                .execute("mutation($id: ID!) { updateListing(id: $id, version: 1, input: { title: { en: \"Renamed\" } })"
                        + " { id } }", "id", listingId)
                .ok();

        Response after = post(LISTING, Map.of("id", listingId), Map.of());

        assertThat(after.path("data.listing.title.text").toString()).isEqualTo("Renamed");
    }

    @Test
    void aChangeMadeBehindThisInstanceIsHeardFromTheDatabase() {
        keptAnswer();
        long key = GlobalId.decode(ListingView.TYPE, listingId);

        // Another instance's write, or an import's: only the database's notification tells this instance.
        Database.commit("UPDATE listing SET title_en = 'Renamed elsewhere', version = version + 1, updated_at = now()"
                + " WHERE id = " + key);

        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(
                post(LISTING, Map.of("id", listingId), Map.of()).path("data.listing.title.text").toString())
                .isEqualTo("Renamed elsewhere"));
    }

    @Test
    void aNewExchangeRateIsAnsweredAtOnce() {
        Rates.setToday("CNY", "7.80");
        assertThat(keptAnswer().path("data.listing.price.amount").toString()).isEqualTo("97.5");

        Rates.setToday("CNY", "7.90");

        assertThat(post(LISTING, Map.of("id", listingId), Map.of()).path("data.listing.price.amount").toString())
                .as("12.50 EUR at the new rate").isEqualTo("98.75");
    }

    @Test
    void anAnswerIsSentForItsTtlThenItsQueryRunsAgain() {
        Map<String, Object> input = ListingFixtures.validInput(AgencyCode.FIT, "Supplied pralines");
        input.put("supplier", ListingFixtures.supplier(ListingFixtures.uniqueEnterpriseNumber(), "First name", "Gent",
                "FLANDERS"));
        String id = ListingFixtures.createPublished(input);
        String supplier = "query($id: ID!) { listing(id: $id) { supplier { name } } }";
        for (int i = 0; i < 3; i++) {
            post(supplier, Map.of("id", id), Map.of());
        }

        // Nothing tells the instance of this change (suppliers send no notification): only the TTL ends the answer.
        Database.commit("UPDATE supplier SET name = 'Second name' WHERE id = (SELECT supplier_id FROM listing"
                + " WHERE id = " + GlobalId.decode(ListingView.TYPE, id) + ")");

        assertThat(post(supplier, Map.of("id", id), Map.of()).path("data.listing.supplier.name").toString())
                .as("within the TTL").isEqualTo("First name");
        // Before twice the TTL, when Caffeine would drop it anyway: the first request past the TTL runs the query.
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                post(supplier, Map.of("id", id), Map.of()).path("data.listing.supplier.name").toString())
                .isEqualTo("Second name"));
    }

    @Test
    void aReadThatOverlappedAChangeIsNotKept() {
        AnswerKey key = new AnswerKey("POST", "{\"query\":\"{ agencies { code } }\"}".getBytes(UTF_8));
        long generation = cache.generation();

        cache.invalidate();
        cache.store(key, generation, answer("{\"data\":{}}"));

        assertThat(cache.find(key)).isNull();
    }

    @Test
    void staffRequestsAreNeverKept() {
        String draft = ListingFixtures.create(ListingFixtures.validInput(AgencyCode.FIT, "Unpublished pralines"));
        Map<String, String> staff = Map.of("Authorization", "Bearer " + Tokens.agency(AgencyCode.FIT));
        double hits = hits();

        for (int i = 0; i < 3; i++) {
            assertThat(post(LISTING, Map.of("id", draft), staff).path("data.listing.title.text").toString())
                    .isEqualTo("Unpublished pralines");
        }

        assertThat(hits()).isEqualTo(hits);
        assertThat((Object) post(LISTING, Map.of("id", draft), Map.of()).path("data.listing"))
                .as("the public does not see the draft").isNull();
    }

    @Test
    void onlyAnswersWrittenInUtf8AreKept() {
        assertThat(AnswerCacheRoute.isUtf8("application/json")).isTrue();
        assertThat(AnswerCacheRoute.isUtf8("application/graphql-response+json; charset=UTF-8")).isTrue();
        assertThat(AnswerCacheRoute.isUtf8("application/json;charset=\"utf-8\"")).isTrue();
        assertThat(AnswerCacheRoute.isUtf8("application/json;charset=ISO-8859-1")).isFalse();
        assertThat(AnswerCacheRoute.isUtf8(null)).isFalse();
    }

    @Test
    void answersWithErrorsAreNotKept() {
        double hits = hits();

        post(LISTING, Map.of("id", "not-an-id"), Map.of());
        post(LISTING, Map.of("id", "not-an-id"), Map.of());
        Response again = post(LISTING, Map.of("id", "not-an-id"), Map.of());

        assertThat(again.path("errors[0].extensions.code").toString()).isEqualTo("INVALID_ID");
        assertThat(hits()).isEqualTo(hits);
    }

    @Test
    void anAnonymousMutationIsRunEachTime() {
        String mutation = "mutation($id: ID!) { publishListing(id: $id) { id } }";

        double hits = hits();
        post(mutation, Map.of("id", listingId), Map.of());
        post(mutation, Map.of("id", listingId), Map.of());
        Response again = post(mutation, Map.of("id", listingId), Map.of());

        assertThat(again.path("errors[0].extensions.code").toString()).isEqualTo("UNAUTHENTICATED");
        assertThat(hits()).isEqualTo(hits);
    }

    @Test
    void aBatchIsNotKept() {
        String batch = "[" + new JsonObject().put("query", "{ agencies { code } }").encode() + ","
                + new JsonObject().put("query", "{ certifications { code } }").encode() + "]";
        double hits = hits();

        Response first = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(batch).post("/graphql");
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(batch).post("/graphql");
        Response again = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(batch).post("/graphql");

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(hits()).isEqualTo(hits);
    }

    @Test
    void aGetAnsweredFromMemoryKeepsItsValidatorsAndItsAge() {
        Response first = get(Map.of());
        get(Map.of());

        Response again = get(Map.of());

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(again.header("Vary")).contains("Accept-Language");
        assertThat(Integer.parseInt(again.header("Age"))).isBetween(0, 5);
        Response notModified = get(Map.of("If-None-Match", first.header("ETag")));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.asString()).isEmpty();
    }

    @Test
    void aRefreshAnswered304KeepsTheAnswerFresh() {
        String etag = get(Map.of()).header("ETag");
        get(Map.of());

        // Revalidations are answered from memory, with an Age, until the TTL has passed; the first one after it is
        // the refresh, which runs the query.
        await().atMost(config.answersTtl().multipliedBy(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response revalidated = get(Map.of("If-None-Match", etag));
            assertThat(revalidated.statusCode()).as("the one refresh, run and found unchanged").isEqualTo(304);
            return revalidated.header("Age") == null;
        });
        Response again = get(Map.of());

        assertThat(again.header("Age")).as("answered from memory, not refreshed again").isNotNull();
        assertThat(Integer.parseInt(again.header("Age"))).isLessThan((int) config.answersTtl().toSeconds());
    }

    @Test
    void anAnswerOnlyEverRevalidatedIsKeptToo() {
        Response first = get(Map.of());
        String etag = first.header("ETag");

        Response revalidated = get(Map.of("If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.header("Age")).as("asked a second time: run, and kept").isNull();

        Response again = get(Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.header("Age")).as("answered from memory").isNotNull();
        Response full = get(Map.of());
        assertThat(full.header("Age")).isNotNull();
        assertThat(full.contentType()).isEqualTo(first.contentType());
        assertThat(full.asString()).isEqualTo(first.asString());
        assertThat(full.header("ETag")).isEqualTo(etag);
    }

    @Test
    void theRequestThatRefreshesAnAnswerPastItsTtlIsCountedAsAMiss() {
        get(Map.of());
        get(Map.of());
        long kept = System.nanoTime();
        AtomicInteger fromMemory = new AtomicInteger();

        // Answered from memory, each a hit, until the TTL has passed; the first request after it runs the query.
        await().atMost(config.answersTtl().multipliedBy(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            double hits = hits();
            double misses = misses();
            boolean refreshed = get(Map.of()).header("Age") == null;
            assertThat(hits() - hits).isEqualTo(refreshed ? 0 : 1);
            assertThat(misses() - misses).isEqualTo(refreshed ? 1 : 0);
            if (!refreshed) {
                fromMemory.incrementAndGet();
            }
            return refreshed;
        });

        assertThat(fromMemory).as("answered from memory before").hasPositiveValue();
        assertThat(Duration.ofNanos(System.nanoTime() - kept)).as("refreshed past the TTL, not dropped before it")
                .isGreaterThanOrEqualTo(config.answersTtl());
    }

    @Test
    void aRefreshWhoseClientCancelledStillRefreshesTheAnswer() throws Exception {
        HttpClient http2 = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setDefaultHost(graphql.getHost()).setDefaultPort(graphql.getPort()));
        try {
            String uri = "/graphql?query=" + URLEncoder.encode(LISTING, UTF_8) + "&variables="
                    + URLEncoder.encode(new JsonObject().put("id", listingId).encode(), UTF_8);
            http2Get(http2, uri, Duration.ofSeconds(5));
            http2Get(http2, uri, Duration.ofSeconds(5));
            long kept = System.nanoTime();
            try (Connection locking = Database.connect()) {
                locking.setAutoCommit(false);
                locking.createStatement().execute("LOCK TABLE listing IN ACCESS EXCLUSIVE MODE");
                // Answered from memory at once until the TTL has passed; the first request after it runs the query,
                // which waits for the lock: its client cancels it.
                await().atMost(config.answersTtl().multipliedBy(2)).pollInterval(Duration.ofMillis(200))
                        .until(() -> http2Get(http2, uri, Duration.ofMillis(700)) == null);
                locking.rollback();
            }
            Duration beforeItExpires = config.answersTtl().multipliedBy(2)
                    .minus(Duration.ofNanos(System.nanoTime() - kept)).minusMillis(500);
            assertThat(beforeItExpires).as("time left to tell a refresh from an expiry").isPositive();

            // The cancelled refresh still ran to its end and was kept (or the next request refreshed): the answer is
            // fresh again, long before it would expire, not the old one until then.
            await().atMost(beforeItExpires).pollInterval(Duration.ofMillis(100)).until(() -> {
                String age = http2Get(http2, uri, Duration.ofSeconds(5)).get("Age");
                return age == null || Long.parseLong(age) < config.answersTtl().toSeconds();
            });
        } finally {
            http2.close();
        }
    }

    /** The response's headers, or null when none came within {@code wait}: the request is then cancelled (reset). */
    private static MultiMap http2Get(HttpClient client, String uri, Duration wait) throws Exception {
        HttpClientRequest request = client.request(HttpMethod.GET, uri).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        request.putHeader("Accept", "application/json");
        try {
            return request.send().toCompletionStage().toCompletableFuture()
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS).headers();
        } catch (TimeoutException e) {
            request.reset();
            return null;
        }
    }

    /** The listing's answer, asked three times: the third time from memory. */
    private Response keptAnswer() {
        post(LISTING, Map.of("id", listingId), Map.of());
        post(LISTING, Map.of("id", listingId), Map.of());
        double hits = hits();
        Response kept = post(LISTING, Map.of("id", listingId), Map.of());
        assertThat(hits()).as("answered from memory").isEqualTo(hits + 1);
        return kept;
    }

    private Response get(Map<String, String> headers) {
        return given().accept(ContentType.JSON).headers(headers).queryParam("query", LISTING)
                .queryParam("variables", new JsonObject().put("id", listingId).encode()).get("/graphql");
    }

    private static Response post(String document, Map<String, Object> variables, Map<String, String> headers) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).headers(headers)
                .body(new JsonObject().put("query", document).put("variables", new JsonObject(variables)).encode())
                .post("/graphql");
    }

    private static StoredAnswer answer(String text) {
        return new StoredAnswer(Buffer.buffer(text), "application/json", null, null, null, System.nanoTime());
    }

    private static double hits() {
        return Metrics.value("cache_gets_total", "cache=\"" + AnswerCache.NAME + "\",result=\"hit\"");
    }

    private static double notificationsHeard() {
        return Metrics.value("catalog_subscriptions_notifications_total", "");
    }

    private static double misses() {
        return Metrics.value("cache_gets_total", "cache=\"" + AnswerCache.NAME + "\",result=\"miss\"");
    }
}
