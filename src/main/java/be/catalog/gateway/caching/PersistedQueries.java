package be.catalog.gateway.caching;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.LruCache;
import be.catalog.gateway.common.Sha256;

/**
 * GraphQL documents by their SHA-256, registered by clients (Automatic Persisted Queries): a bounded map in memory, the
 * least recently used document dropped first. Each instance learns the documents on its own; a client whose hash is
 * unknown sends the document once more.
 */
@ApplicationScoped
public class PersistedQueries {

    private final LruCache<String, String> documents;

    public PersistedQueries(CachingConfig config) {
        this.documents = new LruCache<>(config.persistedQueries());
    }

    public Optional<String> find(String sha256) {
        return Optional.ofNullable(documents.get(sha256));
    }

    /** Keeps the document under its hash; false when {@code sha256} is not the document's hash. */
    public boolean register(String sha256, String document) {
        if (!Sha256.hex(document).equals(sha256)) {
            return false;
        }
        documents.put(sha256, document);
        return true;
    }
}
