package be.catalog.gateway.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One changed field of an audit entry. Values are text: strings as they are, numbers in plain notation, lists as a
 * JSON array; null where the field had, or has, no value.
 */
@Type("FieldChange")
@Description("A field a write changed, with its value before and after (null: no value).")
public record FieldChange(@NonNull String field, String oldValue, String newValue) {
}
