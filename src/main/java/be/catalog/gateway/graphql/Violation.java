package be.catalog.gateway.graphql;

/**
 * What is wrong with one field of an input: the field's path as the client sent it (e.g. {@code input.priceEur}),
 * a stable code and a sentence for a human.
 */
public record Violation(String field, String code, String message) {
}
