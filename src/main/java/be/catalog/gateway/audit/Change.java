package be.catalog.gateway.audit;

/**
 * A changed field as a write reports it to the trail. Values are JSON-compatible: String, Number, Boolean, a list of
 * those, or null; exact decimals (prices) are passed as strings so that no rounding creeps in.
 */
public record Change(String field, Object oldValue, Object newValue) {
}
