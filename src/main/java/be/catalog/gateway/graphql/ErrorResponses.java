package be.catalog.gateway.graphql;

import org.jboss.logging.MDC;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Ends an HTTP request with a GraphQL error body, for refusals made before GraphQL executes anything. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void send(RoutingContext context, int status, String code, String message) {
        JsonObject extensions = new JsonObject().put("code", code);
        Object requestId = MDC.get(RequestIdExtension.MDC_KEY);
        if (requestId != null) {
            extensions.put("requestId", requestId.toString());
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                .put("message", message)
                .put("extensions", extensions)));
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.encode());
    }
}
