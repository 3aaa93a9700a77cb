package be.catalog.gateway.caching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.Sha256;

/**
 * GraphQL documents by their SHA-256, registered by clients (Automatic Persisted Queries): a bounded map in memory, the
 * least recently used document dropped first. Each instance learns the documents on its own; a client whose hash is
 * unknown sends the document once more.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Map<String, String> documents;

    public PersistedQueries(CachingConfig config) {
        int capacity = config.persistedQueries();
        this.documents = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<String> find(String sha256) {
        return Optional.ofNullable(documents.get(sha256));
    }

    /** Keeps the document under its hash; false when {@code sha256} is not the document's hash. */
    public synchronized boolean register(String sha256, String document) {
        if (!Sha256.hex(document).equals(sha256)) {
            return false;
        }
        documents.put(sha256, document);
        return true;
    }
}
