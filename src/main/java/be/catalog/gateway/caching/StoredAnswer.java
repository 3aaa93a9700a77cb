package be.catalog.gateway.caching;

import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.buffer.Buffer;

/**
 * An answer as it was sent: its body (encoded once, written as it is to every request that hits it) and the headers
 * that belong to it rather than to the request. The caching headers are those of a GET; a POST has none.
 */
final class StoredAnswer {

    /** An answer's share of the cache's memory besides its body: this object, the buffer and the headers' texts. */
    private static final int OVERHEAD_BYTES = 160;

    private final Buffer body;
    private final String contentType;
    private final String cacheControl;
    private final String etag;
    private final String vary;
    /** {@link System#nanoTime()} when it was stored: its freshness, and the {@code Age} of a GET answer. */
    private final long storedAt;
    /** Set by the one request that runs the query again once the answer is no longer fresh. */
    private final AtomicBoolean refreshing = new AtomicBoolean();

    StoredAnswer(Buffer body, String contentType, String cacheControl, String etag, String vary, long storedAt) {
        this.body = body;
        this.contentType = contentType;
        this.cacheControl = cacheControl;
        this.etag = etag;
        this.vary = vary;
        this.storedAt = storedAt;
    }

    Buffer body() {
        return body;
    }

    String contentType() {
        return contentType;
    }

    String cacheControl() {
        return cacheControl;
    }

    String etag() {
        return etag;
    }

    String vary() {
        return vary;
    }

    int weight() {
        return OVERHEAD_BYTES + body.length();
    }

    boolean isFresh(long now, long ttlNanos) {
        return now - storedAt < ttlNanos;
    }

    /** Whether the caller is the one to run the query again: true once per answer, until {@link #refreshFailed}. */
    boolean claimRefresh() {
        return refreshing.compareAndSet(false, true);
    }

    /** The refresh brought no answer to keep (an error, another status): the next request tries again. */
    void refreshFailed() {
        refreshing.set(false);
    }

    /** Whole seconds since it was stored. */
    long ageSeconds(long now) {
        return Math.max(0, (now - storedAt) / 1_000_000_000L);
    }
}
