package be.catalog.gateway.ingest.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.catalog.gateway.common.PeriodicTask;
import be.catalog.gateway.ingest.repository.ImportJobRepository;
import be.catalog.gateway.ops.InstanceIdentity;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Import jobs cut off by a stop or a crash of the instance running them are marked FAILED (INTERRUPTED), so agencies
 * know to send the file again, which is safe since imports are idempotent.
 *
 * <p>Several instances share the database, so "still RUNNING" does not mean "cut off": each instance shows that its
 * own jobs are alive (a heartbeat every {@code catalog.ingest.heartbeat-interval}, besides one per batch), and a job is
 * only taken as cut off once its heartbeat is older than {@code catalog.ingest.stale-after}. Every instance sweeps at
 * start and at each heartbeat; a job is failed by whichever instance sees it stale first. Runs on a Vert.x timer, never
 * blocking the start.
 */
@ApplicationScoped
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class);

    private final ImportJobRepository jobs;
    private final InstanceIdentity instance;
    private final Duration interval;
    private final Duration staleAfter;
    private final PeriodicTask task;

    public InterruptedImports(ImportJobRepository jobs, InstanceIdentity instance, Vertx vertx,
            @ConfigProperty(name = "catalog.ingest.heartbeat-interval", defaultValue = "PT15S") Duration interval,
            @ConfigProperty(name = "catalog.ingest.stale-after", defaultValue = "PT2M") Duration staleAfter) {
        if (staleAfter.compareTo(interval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("catalog.ingest.stale-after (" + staleAfter + ") must be at least twice"
                    + " catalog.ingest.heartbeat-interval (" + interval + "), or live jobs would be taken as cut off");
        }
        this.jobs = jobs;
        this.instance = instance;
        this.interval = interval;
        this.staleAfter = staleAfter;
        this.task = new PeriodicTask(vertx, LOG, "check import jobs for interruptions", "");
    }

    void onStart(@Observes StartupEvent event) {
        task.start(interval, () -> sweep().invoke(count -> {
            if (count > 0) {
                LOG.warnf("%d import job(s) were cut off (no heartbeat for %s) and are marked FAILED", count,
                        staleAfter);
            }
        }));
    }

    void onStop(@Observes ShutdownEvent event) {
        task.stop();
    }

    /** One heartbeat of this instance's jobs, then one sweep of every instance's stale jobs. */
    public Uni<Integer> sweep() {
        return jobs.heartbeat(instance.id()).chain(() -> jobs.failStale(staleAfter));
    }
}
