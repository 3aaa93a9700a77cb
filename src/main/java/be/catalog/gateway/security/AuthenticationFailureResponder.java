package be.catalog.gateway.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.graphql.ErrorResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * A refused bearer token ends the request with HTTP 401 before GraphQL runs. This gives that answer the shape of every
 * other error of the API, a GraphQL error with a stable code, besides RFC 6750's {@code WWW-Authenticate} header.
 *
 * <p>Quarkus looks up the handler of authentication failures in the request context; a filter just after the
 * authentication filter puts this one there.
 */
@ApplicationScoped
public class AuthenticationFailureResponder {

    private static final Logger LOG = Logger.getLogger(AuthenticationFailureResponder.class);

    void register(@Observes Filters filters) {
        BiConsumer<RoutingContext, Throwable> responder = this::respond;
        filters.register(context -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, responder);
            context.next();
        }, SecurityHandlerPriorities.AUTHENTICATION - 1);
    }

    private void respond(RoutingContext context, Throwable failure) {
        if (context.response().ended()) {
            return;
        }
        TokenRefusal refusal = TokenRefusal.of(failure, context.request().getHeader("Authorization"));
        LOG.debugf("bearer token refused: %s (%s)", refusal, failure);
        context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        ErrorResponses.send(context, 401, refusal.name(), refusal.message());
    }
}
