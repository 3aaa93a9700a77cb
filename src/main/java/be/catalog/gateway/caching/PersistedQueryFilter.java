package be.catalog.gateway.caching;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.catalog.gateway.common.WebSocketUpgrade;
import be.catalog.gateway.graphql.ErrorResponses;
import be.catalog.gateway.limits.QueryLimitsConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Automatic Persisted Queries: a request may carry {@code extensions.persistedQuery.sha256Hash} instead of its
 * document. A known hash is replaced by its document before the abuse limits and GraphQL see the request; an unknown
 * one is answered {@code PERSISTED_QUERY_NOT_FOUND}, and the client sends the hash with the document, which registers
 * it once the hash is checked. Works for POST bodies (batches too) and GET parameters, so a GET with a short hash is
 * what CDNs cache.
 */
@ApplicationScoped
public class PersistedQueryFilter {

    /** Before the caching route (-105) and the abuse limits (-100). */
    static final int ORDER = -110;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final PersistedQueries store;
    private final String graphqlPath;
    private final long maxBodyBytes;

    public PersistedQueryFilter(PersistedQueries store, QueryLimitsConfig limits,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String graphqlPath) {
        this.store = store;
        this.graphqlPath = graphqlPath;
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    void register(@Observes Router router) {
        // The body handler reads the body once; the one of the limits filter then sees it was read.
        router.route(graphqlPath).order(ORDER)
                .handler(WebSocketUpgrade.bypass(BodyHandler.create(false).setBodyLimit(maxBodyBytes)))
                .handler(WebSocketUpgrade.bypass(this::resolve));
    }

    private void resolve(RoutingContext context) {
        try {
            Optional<Refusal> refusal = context.request().method() == HttpMethod.GET ? resolveGet(context)
                    : resolvePost(context);
            if (refusal.isPresent()) {
                context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                ErrorResponses.send(context, refusal.get().status(), refusal.get().code(), refusal.get().message());
                return;
            }
        } catch (DecodeException | ClassCastException e) {
            // not JSON: the limits filter answers INVALID_REQUEST
        }
        context.next();
    }

    private Optional<Refusal> resolveGet(RoutingContext context) {
        String extensions = context.request().getParam("extensions");
        if (extensions == null) {
            return Optional.empty();
        }
        JsonObject request = new JsonObject().put("extensions", new JsonObject(extensions));
        String query = context.request().getParam("query");
        if (query != null) {
            request.put("query", query);
        }
        Optional<Refusal> refusal = resolve(request);
        if (refusal.isEmpty() && query == null && request.getString("query") != null) {
            // Both views of the parameters: the limits filter reads the request's, SmallRye GraphQL the context's.
            context.request().params().set("query", request.getString("query"));
            context.queryParams().set("query", request.getString("query"));
        }
        return refusal;
    }

    private Optional<Refusal> resolvePost(RoutingContext context) {
        String body = context.body().asString();
        if (body == null || body.isBlank() || !body.contains("persistedQuery")) {
            return Optional.empty();
        }
        Object json = Json.decodeValue(body);
        if (json instanceof JsonArray batch) {
            for (int i = 0; i < batch.size(); i++) {
                Optional<Refusal> refusal = resolve(batch.getJsonObject(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        } else {
            Optional<Refusal> refusal = resolve((JsonObject) json);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        context.setBody(Buffer.buffer(Json.encode(json)));
        return Optional.empty();
    }

    /** Puts the document of a known hash into {@code request}, or registers the document sent with its hash. */
    private Optional<Refusal> resolve(JsonObject request) {
        JsonObject extensions = request.getValue("extensions") instanceof JsonObject e ? e : null;
        if (extensions == null || !(extensions.getValue("persistedQuery") instanceof JsonObject persisted)) {
            return Optional.empty();
        }
        Object version = persisted.getValue("version");
        if (version != null && !(version instanceof Number n && n.intValue() == 1)) {
            return Optional.of(new Refusal(400, "PERSISTED_QUERY_VERSION_UNSUPPORTED",
                    "Only version 1 of persisted queries is supported"));
        }
        if (!(persisted.getValue("sha256Hash") instanceof String hash) || !SHA256.matcher(hash).matches()) {
            return Optional.of(new Refusal(400, "INVALID_PERSISTED_QUERY",
                    "extensions.persistedQuery.sha256Hash must be the SHA-256 of the document, 64 hex digits"));
        }
        String sha256 = hash.toLowerCase(Locale.ROOT);
        if (request.getValue("query") instanceof String document) {
            return store.register(sha256, document) ? Optional.empty()
                    : Optional.of(new Refusal(400, "PERSISTED_QUERY_HASH_MISMATCH",
                            "extensions.persistedQuery.sha256Hash is not the SHA-256 of the document sent"));
        }
        Optional<String> document = store.find(sha256);
        if (document.isEmpty()) {
            // HTTP 200, as Apollo clients expect: they resend the hash with the document.
            return Optional.of(new Refusal(200, "PERSISTED_QUERY_NOT_FOUND",
                    "PersistedQueryNotFound: send the document with its hash"));
        }
        request.put("query", document.get());
        return Optional.empty();
    }

    private record Refusal(int status, String code, String message) {
    }
}
