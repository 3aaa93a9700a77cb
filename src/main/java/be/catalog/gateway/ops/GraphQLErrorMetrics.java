package be.catalog.gateway.ops;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the errors the API answers, by GraphQL field and error code: {@code catalog_graphql_errors_total{operation,
 * code}} in Prometheus. Latencies and call counts per operation come from SmallRye GraphQL's {@code mp_graphql} timer.
 * Both tags have few values (the schema's fields, the error codes of the README), so the series stay bounded.
 */
@ApplicationScoped
public class GraphQLErrorMetrics {

    static final String NAME = "catalog.graphql.errors";

    private final MeterRegistry registry;

    public GraphQLErrorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String operation, String code) {
        registry.counter(NAME, "operation", operation, "code", code).increment();
    }
}
