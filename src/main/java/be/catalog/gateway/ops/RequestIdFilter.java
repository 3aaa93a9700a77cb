package be.catalog.gateway.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import be.catalog.gateway.graphql.RequestIdExtension;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a plausible id (a proxy or the
 * storefront set it), a new UUID otherwise. The id is answered in the same header and put in the logging MDC as
 * {@code requestId}, so every log line of the request, JSON or text, carries it.
 *
 * <p>Quarkus keeps the MDC in the request's Vert.x context, so the id follows the request across reactive callbacks.
 * The filter runs before authentication, so refused tokens are logged with their request's id too.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = RequestIdExtension.MDC_KEY;

    /** Letters, digits and {@code . _ : -}, at most 128: safe to log and to echo, whatever the client sends. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Before everything else, including CORS and authentication. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        String id = requestId(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    static String requestId(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
