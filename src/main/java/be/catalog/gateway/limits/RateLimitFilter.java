package be.catalog.gateway.limits;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import be.catalog.gateway.common.Sha256;
import be.catalog.gateway.graphql.ErrorResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-client rate limit with HTTP 429 and {@code Retry-After}. A client is its bearer token, else its address.
 *
 * <p>The token is keyed by its hash rather than by its (not yet verified) subject: keying by a claimed subject would
 * let anybody with a forged token spend another client's quota. Health and metrics ({@code /q/}) are not limited.
 * The limit is per instance: with n replicas a client gets up to n times the rate.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** After the request id (so that refusals are logged with one), before authentication and everything else. */
    static final int PRIORITY = 5_000;

    private final RateLimitConfig config;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimitConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > config.maxClients()) {
            buckets.entrySet().removeIf(entry -> entry.getValue().isFullAt(now));
        }
        long wait = buckets.computeIfAbsent(clientOf(context),
                key -> new TokenBucket(config.burst(), config.requestsPerSecond(), now)).take(now);
        if (wait == 0) {
            context.next();
            return;
        }
        long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        ErrorResponses.send(context, 429, "RATE_LIMITED",
                "Too many requests from this client; retry in " + seconds + " s");
    }

    private static String clientOf(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return "token:" + Sha256.hex(authorization);
        }
        return "address:" + (context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress());
    }
}
