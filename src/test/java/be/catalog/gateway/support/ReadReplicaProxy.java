package be.catalog.gateway.support;

import java.util.Map;

/**
 * A {@link DatabaseProxy} in front of the read replica only (the {@code "read"} datasource); the primary is reached
 * directly. The replica is tried again one second after a failure instead of ten, so that a test sees it come back.
 */
public class ReadReplicaProxy extends DatabaseProxy {

    @Override
    protected Map<String, String> configuration(int port) {
        return Map.of("catalog.db.read.port", String.valueOf(port), "catalog.db.read.retry-after", "PT1S");
    }
}
