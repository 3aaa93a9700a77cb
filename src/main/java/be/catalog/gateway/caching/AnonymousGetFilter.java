package be.catalog.gateway.caching;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.catalog.gateway.common.WebSocketUpgrade;
import be.catalog.gateway.graphql.ErrorResponses;
import be.catalog.gateway.limits.ParsedDocuments;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over GET: mutations are refused (GET must be safe to repeat and to cache), and anonymous requests are marked
 * cacheable for {@link CacheHeaders}, which adds the validators once the answer is known. A request with an
 * Authorization header is never marked: its answer may hold what only its agency sees.
 */
@ApplicationScoped
public class AnonymousGetFilter {

    /** Routing context key: this request's answer may be cached publicly. */
    static final String CACHEABLE = "catalog.caching.cacheable";

    private final String graphqlPath;
    private final ParsedDocuments documents;

    public AnonymousGetFilter(ParsedDocuments documents,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String graphqlPath) {
        this.documents = documents;
        this.graphqlPath = graphqlPath;
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, graphqlPath).order(PersistedQueryFilter.ORDER + 5)
                .handler(WebSocketUpgrade.bypass(this::check));
    }

    private void check(RoutingContext context) {
        if (!isQuery(context.request().getParam("query"), context.request().getParam("operationName"))) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            ErrorResponses.send(context, 405, "MUTATION_NOT_ALLOWED_OVER_GET",
                    "Mutations are sent with POST, subscriptions over the graphql-transport-ws websocket");
            return;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            context.put(CACHEABLE, Boolean.TRUE);
        }
        context.next();
    }

    /** False only for a document whose operation to run is a mutation or subscription; bad documents fail later. */
    private boolean isQuery(String query, String operationName) {
        Document document = query == null ? null : documents.parse(query).document();
        if (document == null) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operationName == null || operationName.isBlank() || operations.size() == 1
                        || operationName.equals(operation.getName()))
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
    }
}
