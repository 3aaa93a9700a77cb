package be.catalog.gateway.ingest.service;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.ingest.ImportCounts;
import be.catalog.gateway.ingest.ImportState;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * What this instance's feed imports do, for operators: {@code catalog_imports_running} (jobs running now),
 * {@code catalog_imports_total{state, code}} (jobs ended: SUCCEEDED, or FAILED with the job's failure code) and
 * {@code catalog_import_rows_total{outcome}} (rows created, updated, unchanged, rejected). The tags take the few
 * values of the README's tables, so the series stay bounded.
 */
@Startup // the gauge is there from the start, not from the first import
@ApplicationScoped
public class ImportMetrics {

    static final String RUNNING = "catalog.imports.running";
    static final String JOBS = "catalog.imports";
    static final String ROWS = "catalog.import.rows";

    private final MeterRegistry registry;
    private final AtomicInteger running;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.running = registry.gauge(RUNNING, new AtomicInteger());
    }

    void started() {
        running.incrementAndGet();
    }

    void ended(ImportState state, String code) {
        running.decrementAndGet();
        registry.counter(JOBS, "state", state.name(), "code", code == null ? "none" : code).increment();
    }

    void batch(ImportCounts counts) {
        rows("created", counts.created());
        rows("updated", counts.updated());
        rows("unchanged", counts.unchanged());
        rows("rejected", counts.rejected());
    }

    private void rows(String outcome, int count) {
        registry.counter(ROWS, "outcome", outcome).increment(count);
    }
}
