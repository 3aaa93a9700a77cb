package be.catalog.gateway.limits;

/** Requests a client may still make: refills continuously up to the burst, one request takes one token. */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when granted, else the nanoseconds until one is available. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    synchronized boolean isFullAt(long now) {
        return tokens + (now - updatedAt) * refillPerNano >= capacity;
    }
}
