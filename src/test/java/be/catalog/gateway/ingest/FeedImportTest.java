package be.catalog.gateway.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Metrics;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Agencies push their catalog files; each import is a job that accounts for every row. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FeedImportTest {

    private static final String JOB = """
            query Job($id: ID!) {
              importJob(id: $id) { id agency format mode state rowsRead created updated unchanged rejected withdrawn
                                   failureCode
                                   rejections { row externalId field code message } }
            }""";

    private static final String JOBS = """
            query Jobs($agency: AgencyCode!, $first: Int, $after: String) {
              importJobs(agency: $agency, first: $first, after: $after) {
                edges { cursor node { id state } } pageInfo { hasNextPage endCursor }
              }
            }""";

    private static final String FIND = """
            query Find($word: String!) {
              listings(filter: { titleContains: $word }, first: 100) { totalCount }
            }""";

    private final String fitToken = Tokens.agency(AgencyCode.FIT);
    private final GraphQLClient fit = GraphQLClient.withToken(fitToken);

    @Test
    void csvWithBomAndSemicolonsImportsGoodRowsAndRejectsTheBadOnesByRowNumber() {
        String prefix = ListingFixtures.uniqueToken();
        GraphQLResponse job = importAndWait("text/csv", sample("listings.csv", prefix));

        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertThat((String) job.data("importJob.format")).isEqualTo("CSV");
        assertCounts(job, 4, 2, 0, 0, 2);
        assertThat(job.<List<Integer>>data("importJob.rejections.row")).containsExactly(4, 5);
        assertThat(job.<List<String>>data("importJob.rejections.code")).containsExactly("INVALID_PRICE", "MALFORMED_ROW");
        assertThat(job.<List<String>>data("importJob.rejections.field")).containsExactly("priceEur", "row");
        assertThat((String) job.data("importJob.rejections[0].externalId")).isEqualTo(prefix + "-0003");
        assertThat((Integer) fit.execute(FIND, "word", "Sample tripel").ok().data("listings.totalCount")).isPositive();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String prefix = ListingFixtures.uniqueToken();
        byte[] file = sample("listings.csv", prefix);
        importAndWait("text/csv", file);

        GraphQLResponse again = importAndWait("text/csv", file);

        assertCounts(again, 4, 0, 0, 2, 2);
    }

    @Test
    void jsonLinesImportRejectsABrokenLineAndAnUnknownUnit() {
        GraphQLResponse job = importAndWait("application/x-ndjson", sample("listings.jsonl", ListingFixtures.uniqueToken()));

        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertCounts(job, 4, 2, 0, 0, 2);
        assertThat(job.<List<Integer>>data("importJob.rejections.row")).containsExactly(3, 4);
        assertThat(job.<List<String>>data("importJob.rejections.code")).containsExactly("MALFORMED_ROW", "INVALID_VALUE");
        assertThat(job.<List<String>>data("importJob.rejections.field")).containsExactly("row", "unit");
    }

    @Test
    void xmlImportReadsEachListingAndRejectsOneThatIsNotWellFormed() {
        GraphQLResponse job = importAndWait("application/xml", sample("listings.xml", ListingFixtures.uniqueToken()));

        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertCounts(job, 3, 2, 0, 0, 1);
        assertThat(job.<List<Integer>>data("importJob.rejections.row")).containsExactly(3);
        assertThat(job.<List<String>>data("importJob.rejections.code")).containsExactly("MALFORMED_ROW");
    }

    @Test
    void latin1BytesAreRejectedRowsNotGarbledListings() {
        String prefix = ListingFixtures.uniqueToken();
        String csv = new String(sample("listings.csv", prefix), StandardCharsets.UTF_8);
        int at = csv.indexOf("Sample pralines");
        // one title saved as Latin-1 in an otherwise UTF-8 file, as a spreadsheet export may do
        byte[] mixed = concat(csv.substring(0, at).getBytes(StandardCharsets.UTF_8),
                ("Pralines crème " + prefix).getBytes(StandardCharsets.ISO_8859_1),
                csv.substring(at + "Sample pralines".length()).getBytes(StandardCharsets.UTF_8));
        GraphQLResponse job = importAndWait("text/csv", mixed);

        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertThat(job.<List<String>>data("importJob.rejections.code"))
                .containsExactly("INVALID_ENCODING", "INVALID_PRICE", "MALFORMED_ROW");
        assertThat(job.<List<Integer>>data("importJob.rejections.row")).containsExactly(2, 4, 5);
        assertThat((Integer) job.data("importJob.created")).isEqualTo(1);
        assertThat((Integer) fit.execute(FIND, "word", prefix).ok().data("listings.totalCount")).isZero();
    }

    @Test
    void aFileOfManyChunksIsReadToItsLastRow() {
        GraphQLResponse job = importAndWait("text/csv", generatedCsv(1000, "Bulk pralines"));

        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertCounts(job, 1000, 1000, 0, 0, 0);
    }

    @Test
    void theJobIdComesBackOnceTheFileIsUploadedNotOnceEveryRowIsWritten() {
        String id = startImport("text/csv", generatedCsv(3000, "Spooled pralines"));
        GraphQLResponse justAfter = fit.execute(JOB, "id", id).ok();

        assertThat((String) justAfter.data("importJob.state")).isEqualTo("RUNNING");
        assertThat((Integer) justAfter.data("importJob.rowsRead")).isLessThan(3000);
        GraphQLResponse job = waitForEnd(fit, id);
        assertThat((String) job.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertCounts(job, 3000, 3000, 0, 0, 0);
    }

    @Test
    void operatorsSeeTheJobsAndTheirRowsInTheMetrics() {
        double succeeded = Metrics.value("catalog_imports_total", "code=\"none\",state=\"SUCCEEDED\"");
        double empty = Metrics.value("catalog_imports_total", "code=\"EMPTY_FILE\",state=\"FAILED\"");
        double created = Metrics.value("catalog_import_rows_total", "outcome=\"created\"");
        double rejected = Metrics.value("catalog_import_rows_total", "outcome=\"rejected\"");

        importAndWait("text/csv", sample("listings.csv", ListingFixtures.uniqueToken()));
        importAndWait("text/csv", new byte[0]);

        assertThat(Metrics.value("catalog_imports_total", "code=\"none\",state=\"SUCCEEDED\"")).isEqualTo(succeeded + 1);
        assertThat(Metrics.value("catalog_imports_total", "code=\"EMPTY_FILE\",state=\"FAILED\"")).isEqualTo(empty + 1);
        assertThat(Metrics.value("catalog_import_rows_total", "outcome=\"created\"")).isEqualTo(created + 2);
        assertThat(Metrics.value("catalog_import_rows_total", "outcome=\"rejected\"")).isEqualTo(rejected + 2);
        assertThat(Metrics.value("catalog_imports_running", "")).isZero();
    }

    @Test
    void aChunkedUploadOverTheBodyLimitIsRefusedAndStartsNoJob() {
        importAndWait("text/csv", generatedCsv(1, "Small pralines"));
        String newestBefore = newestJob();
        byte[] overLimit = generatedCsv(20_000, "Oversized pralines"); // about 2.4 MB; the test limit is 2 MB

        Response refused = given().header("Authorization", "Bearer " + fitToken).contentType("text/csv")
                .body(new java.io.ByteArrayInputStream(overLimit)) // a stream: sent chunked, with no length announced
                .post("/agencies/FIT/imports");

        assertThat(overLimit.length).isGreaterThan(2 * 1024 * 1024);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("FILE_TOO_LARGE");
        assertThat(newestJob()).isEqualTo(newestBefore);
    }

    @Test
    void anEmptyFileFailsTheJob() {
        GraphQLResponse job = importAndWait("text/csv", new byte[0]);

        assertThat((String) job.data("importJob.state")).isEqualTo("FAILED");
        assertThat((String) job.data("importJob.failureCode")).isEqualTo("EMPTY_FILE");
        assertCounts(job, 0, 0, 0, 0, 0);
    }

    @Test
    void anotherAgencysTokenIsRefusedAndCannotReadTheJob() {
        Response refused = given().header("Authorization", "Bearer " + Tokens.agency(AgencyCode.HUB))
                .contentType("text/csv").body(sample("listings.csv", "x")).post("/agencies/FIT/imports");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        String id = startImport("text/csv", sample("listings.csv", ListingFixtures.uniqueToken()));
        GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(JOB, "id", id).failsWith("FORBIDDEN");
        GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(JOBS, "agency", "FIT").failsWith("FORBIDDEN");
        waitForEnd(id);
    }

    @Test
    void anonymousImportsAreRefused() {
        Response refused = given().contentType("text/csv").body("externalId\n".getBytes(StandardCharsets.UTF_8)).post("/agencies/FIT/imports");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anUnknownFormatIsRefused() {
        Response refused = given().header("Authorization", "Bearer " + fitToken).contentType("application/pdf")
                .body("%PDF".getBytes(StandardCharsets.US_ASCII)).post("/agencies/FIT/imports");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNSUPPORTED_FORMAT");
    }

    @Test
    void theAgencyListsItsJobsNewestFirst() {
        String older = waitForEnd(startImport("text/csv", sample("listings.csv", ListingFixtures.uniqueToken())));
        String newer = waitForEnd(startImport("application/xml", sample("listings.xml", ListingFixtures.uniqueToken())));

        GraphQLResponse page = fit.execute(JOBS, "agency", "FIT", "first", 1).ok();
        GraphQLResponse next = fit.execute(JOBS, "agency", "FIT", "first", 1,
                "after", page.data("importJobs.pageInfo.endCursor")).ok();

        assertThat(page.<List<String>>data("importJobs.edges.node.id")).containsExactly(newer);
        assertThat(next.<List<String>>data("importJobs.edges.node.id")).containsExactly(older);
    }

    @Test
    void fullSyncWithdrawsTheAgencysListingsThatTheFileNoLongerHasAndKeepsTheOthers() {
        // AWEX, so that withdrawing "everything else" touches no other test's listings
        String awexToken = Tokens.agency(AgencyCode.AWEX);
        GraphQLClient awex = GraphQLClient.withToken(awexToken);
        Map<String, Object> gone = ListingFixtures.validInput(AgencyCode.AWEX, "Discontinued " + ListingFixtures.uniqueToken());
        String goneId = awex.execute(BulkUpsertTest.UPSERT, "agency", "AWEX", "listings", List.of(gone)).ok()
                .data("upsertListings[0].listing.id");
        String prefix = ListingFixtures.uniqueToken();

        String emptyJob = startImport(awexToken, "AWEX", "text/csv", new byte[0], "?mode=full-sync");
        assertThat((String) waitForEnd(awex, emptyJob).data("importJob.failureCode")).isEqualTo("EMPTY_FILE");
        assertThat(status(awex, goneId)).isEqualTo("DRAFT");

        String job = startImport(awexToken, "AWEX", "text/csv", sample("listings.csv", prefix), "?mode=full-sync");
        GraphQLResponse done = waitForEnd(awex, job);

        assertThat((String) done.data("importJob.state")).isEqualTo("SUCCEEDED");
        assertThat((Integer) done.data("importJob.created")).isEqualTo(2);
        assertThat((Integer) done.data("importJob.withdrawn")).isPositive();
        assertThat(status(awex, goneId)).isEqualTo("WITHDRAWN");
        GraphQLResponse kept = awex.execute(FIND, "word", "Sample tripel").ok();
        assertThat((Integer) kept.data("listings.totalCount")).isEqualTo(1);
    }

    private GraphQLResponse importAndWait(String contentType, byte[] body) {
        String id = startImport(contentType, body);
        waitForEnd(id);
        return fit.execute(JOB, "id", id).ok();
    }

    private String startImport(String contentType, byte[] body) {
        return startImport(fitToken, "FIT", contentType, body, "");
    }

    private static String startImport(String token, String agency, String contentType, byte[] body, String query) {
        Response response = given().header("Authorization", "Bearer " + token).contentType(contentType).body(body)
                .post("/agencies/" + agency + "/imports" + query);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        return response.jsonPath().getString("jobId");
    }

    private static GraphQLResponse waitForEnd(GraphQLClient client, String id) {
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(client.execute(JOB, "id", id).ok().data("importJob.state")));
        return client.execute(JOB, "id", id).ok();
    }

    private static String status(GraphQLClient client, String listingId) {
        return client.execute("query S($id: ID!) { listing(id: $id) { status } }", "id", listingId).ok()
                .data("listing.status");
    }

    private String waitForEnd(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(fit.execute(JOB, "id", id).ok().data("importJob.state")));
        return id;
    }

    private static void assertCounts(GraphQLResponse job, int rows, int created, int updated, int unchanged,
            int rejected) {
        assertThat(Map.of("rowsRead", job.data("importJob.rowsRead"), "created", job.data("importJob.created"),
                "updated", job.data("importJob.updated"), "unchanged", job.data("importJob.unchanged"),
                "rejected", job.data("importJob.rejected")))
                .isEqualTo(Map.of("rowsRead", rows, "created", created, "updated", updated, "unchanged", unchanged,
                        "rejected", rejected));
    }

    private String newestJob() {
        return fit.execute(JOBS, "agency", "FIT", "first", 1).ok().data("importJobs.edges[0].node.id");
    }

    /** {@code rows} new listings of one supplier, titled {@code title} and their row number. */
    private static byte[] generatedCsv(int rows, String title) {
        String prefix = ListingFixtures.uniqueToken();
        StringBuilder csv = new StringBuilder("externalId,supplierEnterpriseNumber,supplierName,supplierCity,"
                + "supplierRegion,titleEn,category,hsCode,priceEur,unit,stockQuantity,netWeightGrams\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append('-').append(i).append(",0403170701,Chocolaterie Bulk,Gent,FLANDERS,").append(title)
                    .append(' ').append(i).append(",pralines,180690,9.99,BOX,").append(i).append(",250\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A sample feed with its externalIds made unique to this test ({@code SAMPLE-} → {@code <prefix>-}). */
    private static byte[] sample(String name, String prefix) {
        try (InputStream in = FeedImportTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SAMPLE-", prefix + "-")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
