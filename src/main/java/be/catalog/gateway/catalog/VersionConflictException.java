package be.catalog.gateway.catalog;

import java.util.Map;

import be.catalog.gateway.graphql.ClientError;

/** The listing changed since the caller read it; {@code extensions.currentVersion} says what it is now. */
public class VersionConflictException extends ClientError {

    private final Integer currentVersion;

    public VersionConflictException(String id, Integer currentVersion) {
        super("CONFLICT", currentVersion == null
                ? "Listing " + id + " was changed by someone else meanwhile; read it again and retry"
                : "Listing " + id + " is at version " + currentVersion + "; read it again and retry");
        this.currentVersion = currentVersion;
    }

    @Override
    protected Map<String, Object> details() {
        return currentVersion == null ? Map.of() : Map.of("currentVersion", currentVersion);
    }
}
