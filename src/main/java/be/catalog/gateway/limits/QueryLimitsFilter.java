package be.catalog.gateway.limits;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import be.catalog.gateway.common.WebSocketUpgrade;
import be.catalog.gateway.graphql.ErrorResponses;
import be.catalog.gateway.graphql.RequestIdExtension;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses oversized, too deep, too wide or too costly GraphQL requests with HTTP 400 and a code, before SmallRye
 * GraphQL parses or executes them, so that no resolver and no database statement runs for them.
 */
@ApplicationScoped
public class QueryLimitsFilter {

    private static final Logger LOG = Logger.getLogger(QueryLimitsFilter.class);

    private final QueryLimits limits;
    private final String graphqlPath;
    private final long maxBodyBytes;

    public QueryLimitsFilter(QueryLimits limits, QueryLimitsConfig config,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String graphqlPath) {
        this.limits = limits;
        this.graphqlPath = graphqlPath;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    void register(@Observes Router router) {
        // Ahead of SmallRye's route for the same path; Vert.x's body handler reads the body once for both. GraphQL
        // takes no file uploads, so none is written to disk (nor a file-uploads directory created).
        // Websocket upgrades (subscriptions) pass: their documents come as messages, checked by the subscription resolver.
        router.route(graphqlPath).order(-100)
                .handler(WebSocketUpgrade.bypass(BodyHandler.create(false).setBodyLimit(maxBodyBytes)))
                .handler(WebSocketUpgrade.bypass(this::check))
                .failureHandler(this::internalError);
    }

    /** Whatever fails below GraphQL's own error handling still answers with a code and without internals. */
    private void internalError(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        if (context.statusCode() == 413) {
            ErrorResponses.send(context, 413, "REQUEST_TOO_LARGE", "The request body is larger than accepted");
            return;
        }
        String reference = String.valueOf(MDC.get(RequestIdExtension.MDC_KEY));
        LOG.errorf(context.failure(), "GraphQL request failed outside resolvers, reference %s", reference);
        ErrorResponses.send(context, 500, "INTERNAL_ERROR", "Internal error; reference " + reference);
    }

    private void check(RoutingContext context) {
        Optional<QueryLimits.Refusal> refusal;
        try {
            refusal = context.request().method() == HttpMethod.GET ? checkGet(context) : checkPost(context);
        } catch (DecodeException | ClassCastException e) {
            refusal = Optional.of(new QueryLimits.Refusal("INVALID_REQUEST",
                    "The request body is not a GraphQL request in JSON"));
        }
        if (refusal.isPresent()) {
            ErrorResponses.send(context, 400, refusal.get().code(), refusal.get().message());
        } else {
            context.next();
        }
    }

    private Optional<QueryLimits.Refusal> checkGet(RoutingContext context) {
        String variables = context.request().getParam("variables");
        return limits.checkHttp(context.request().getParam("query"),
                variables == null ? null : new JsonObject(variables).getMap(),
                context.request().getParam("operationName"));
    }

    private Optional<QueryLimits.Refusal> checkPost(RoutingContext context) {
        String body = context.body().asString();
        if (body == null || body.isBlank()) {
            return Optional.of(new QueryLimits.Refusal("INVALID_REQUEST", "The request has no body"));
        }
        Object json = Json.decodeValue(body);
        if (json instanceof JsonArray batch) {
            if (batch.size() > limits.maxBatchSize()) {
                return Optional.of(new QueryLimits.Refusal("BATCH_TOO_LARGE", "The request batches " + batch.size()
                        + " operations; at most " + limits.maxBatchSize() + " are accepted"));
            }
            for (int i = 0; i < batch.size(); i++) {
                Optional<QueryLimits.Refusal> refusal = check(batch.getJsonObject(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        }
        return check((JsonObject) json);
    }

    /** A GraphQL-over-HTTP request: query a string, variables an object (or absent), operationName a string. */
    private Optional<QueryLimits.Refusal> check(JsonObject request) {
        Object query = request.getValue("query");
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        if (!(query instanceof String) || (variables != null && !(variables instanceof JsonObject))
                || (operationName != null && !(operationName instanceof String))) {
            return Optional.of(new QueryLimits.Refusal("INVALID_REQUEST", "A GraphQL request is a JSON object with"
                    + " `query` (a string), optional `variables` (an object) and optional `operationName` (a string)"));
        }
        return limits.checkHttp((String) query, variables == null ? null : ((JsonObject) variables).getMap(),
                (String) operationName);
    }
}
