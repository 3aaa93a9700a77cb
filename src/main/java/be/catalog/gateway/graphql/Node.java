package be.catalog.gateway.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's object identification: anything with a global id can be fetched again with {@code node(id)}.
 * A getter, not a record-style accessor, because SmallRye builds interface fields from getters only.
 */
@Interface("Node")
@Description("An object with an opaque global id, fetchable with `node(id:)`.")
public interface Node {

    @Id
    @NonNull
    String getId();
}
