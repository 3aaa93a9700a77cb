package be.catalog.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.ingest.service.InterruptedImports;
import be.catalog.gateway.ops.InstanceIdentity;
import be.catalog.gateway.support.Database;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Several instances share the database: a starting or sweeping instance fails only the import jobs whose instance
 * stopped showing they are alive, never a live job of another instance.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ImportJobOwnershipTest {

    @Inject
    InterruptedImports sweeper;

    @Inject
    InstanceIdentity instance;

    @Test
    void aRunningJobOfAnotherLiveInstanceIsLeftAlone() {
        UUID job = runningJob("other-instance/1234abcd", "now() - interval '10 seconds'");

        sweep();

        assertThat(state(job)).isEqualTo("RUNNING");
    }

    @Test
    void aJobWhoseInstanceStoppedBeatingIsMarkedFailedInterrupted() {
        UUID job = runningJob("dead-instance/1234abcd", "now() - interval '10 minutes'");

        sweep();

        assertThat(state(job)).isEqualTo("FAILED");
        assertThat(Database.queryString("SELECT failure_code FROM import_job WHERE id = '" + job + "'"))
                .isEqualTo("INTERRUPTED");
        assertThat(Database.queryString("SELECT finished_at IS NOT NULL FROM import_job WHERE id = '" + job + "'"))
                .isEqualTo("t");
    }

    @Test
    void thisInstanceKeepsItsOwnRunningJobsAlive() {
        // as if the last heartbeat had been missed for longer than the staleness: the instance is alive, so it beats
        UUID job = runningJob(instance.id(), "now() - interval '10 minutes'");

        sweep();

        assertThat(state(job)).isEqualTo("RUNNING");
        assertThat(Database.queryString("SELECT heartbeat_at > now() - interval '1 minute' FROM import_job"
                + " WHERE id = '" + job + "'")).isEqualTo("t");
    }

    @Test
    void aJobFromBeforeOwnershipWasRecordedIsFailedOnceItsStartIsOldEnough() {
        UUID job = runningJob(null, "now() - interval '1 hour'");

        sweep();

        assertThat(state(job)).isEqualTo("FAILED");
    }

    private void sweep() {
        sweeper.sweep().await().atMost(Duration.ofSeconds(10));
    }

    private static UUID runningJob(String owner, String heartbeat) {
        UUID id = UUID.randomUUID();
        Database.commit("INSERT INTO import_job (id, agency_code, actor, format, mode, state, started_at,"
                + " owner_instance, heartbeat_at) VALUES ('" + id + "', 'FIT', 'staff', 'CSV', 'MERGE', 'RUNNING', "
                + heartbeat + ", " + (owner == null ? "NULL" : "'" + owner + "'") + ", " + heartbeat + ")");
        return id;
    }

    private static String state(UUID job) {
        return Database.queryString("SELECT state FROM import_job WHERE id = '" + job + "'");
    }
}
