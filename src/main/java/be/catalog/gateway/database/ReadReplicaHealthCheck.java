package be.catalog.gateway.database;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * The read replica in the readiness report, but never the reason for a pod to be unready: while the replica is away the
 * primary serves the catalog reads, so taking the pod out of the Service would turn a degraded service into none. So
 * this check is always UP and says in {@code data.read} whether reads are on the replica ({@code UP}) or falling back
 * to the primary ({@code DOWN (falling back to primary)}, with the reason). Quarkus's own datasource check leaves the
 * replica out ({@code health-exclude}) and keeps the primary in: without the primary, the pod is unready.
 */
@Readiness
@ApplicationScoped
public class ReadReplicaHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Read replica";

    private final ReadPool reads;

    public ReadReplicaHealthCheck(ReadPool reads) {
        this.reads = reads;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return reads.probeReplica()
                .map(ok -> HealthCheckResponse.named(NAME).up().withData(ReadPool.DATASOURCE, "UP").build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).up()
                        .withData(ReadPool.DATASOURCE, "DOWN (falling back to primary)")
                        .withData("reason", String.valueOf(failure.getMessage()))
                        .build());
    }
}
