package be.catalog.gateway.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.ingest.repository.ImportJobRepository;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, jobs still RUNNING were cut off by a stop of the service: they are marked FAILED (INTERRUPTED), so agencies
 * know to send the file again, which is safe since imports are idempotent. Runs without blocking the start.
 */
@ApplicationScoped
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class);

    void onStart(@Observes StartupEvent event, ImportJobRepository jobs) {
        jobs.failRunning().subscribe().with(
                count -> {
                    if (count > 0) {
                        LOG.warnf("%d import job(s) were interrupted by a restart and are marked FAILED", count);
                    }
                },
                failure -> LOG.warnf("could not mark interrupted import jobs: %s", failure.toString()));
    }
}
