package be.catalog.gateway.caching;

import io.vertx.core.buffer.Buffer;

/**
 * An answer as it was sent: its body (encoded once, written as it is to every request that hits it) and the headers
 * that belong to it rather than to the request. The caching headers are those of a GET; a POST has none.
 *
 * @param storedAt {@link System#nanoTime()} when it was stored, for the {@code Age} of a GET answer
 */
record StoredAnswer(Buffer body, String contentType, String cacheControl, String etag, String vary, long storedAt) {

    /** An answer's share of the cache's memory besides its body: the record, the buffer and the headers' texts. */
    private static final int OVERHEAD_BYTES = 160;

    int weight() {
        return OVERHEAD_BYTES + body.length();
    }

    /** Whole seconds since it was stored. */
    long ageSeconds(long now) {
        return Math.max(0, (now - storedAt) / 1_000_000_000L);
    }
}
