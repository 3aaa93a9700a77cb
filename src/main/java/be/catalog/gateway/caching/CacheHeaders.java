package be.catalog.gateway.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import be.catalog.gateway.graphql.ResponseJson;
import graphql.ExecutionResult;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching of anonymous GET queries: when the operation ran without errors, its answer gets
 * {@code Cache-Control: public, max-age=<catalog.caching.max-age>} and a strong {@code ETag} (SHA-256 of the body), and
 * a request whose {@code If-None-Match} holds that tag is answered 304 without a body. Answers vary with
 * {@code Accept-Language} (localized fields default to it).
 *
 * <p>{@link CacheHeadersHook} calls it around each execution. The validators are set after execution and before
 * SmallRye GraphQL writes the body; for a 304 the response is ended here, and SmallRye's writer finds it ended (it
 * ignores that case). Freshness: a changed listing may be served from caches until max-age has passed since they
 * stored the answer; then the ETag tells whether it changed.
 *
 * <p>It also hands the text of an anonymous query's answer to {@link AnswerCacheRoute}, GET or POST, which keeps it.
 */
// Looked up by CacheHeadersHook, which CDI does not see: kept although nothing injects it.
@Unremovable
@Named(CacheHeaders.NAME)
@ApplicationScoped
public class CacheHeaders implements EventingService {

    static final String NAME = "catalog-cache-headers";

    /** Cacheable executions in progress, by execution id: SmallRye may finish them on another thread. */
    private final Map<String, RoutingContext> executions = new ConcurrentHashMap<>();
    private final CurrentVertxRequest currentRequest;
    private final String cacheControl;

    public CacheHeaders(CurrentVertxRequest currentRequest, CachingConfig config) {
        this.currentRequest = currentRequest;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    @Override
    public void beforeExecute(Context context) {
        RoutingContext request = currentRequest.getCurrent();
        if (request != null && (isCacheable(request) || AnswerCacheRoute.wanted(request))) {
            String id = context.getExecutionId();
            executions.put(id, request);
            request.addEndHandler(ended -> executions.remove(id));
        }
    }

    @Override
    public void afterExecute(Context context) {
        RoutingContext request = executions.remove(context.getExecutionId());
        if (request == null || request.response().ended() || !isQuery(context)) {
            return;
        }
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || !result.getErrors().isEmpty()) {
            return;
        }
        String text = ResponseJson.text(result);
        if (AnswerCacheRoute.wanted(request) && !hasAddedExtensions(context)) {
            AnswerCacheRoute.offer(request, text);
        }
        if (!isCacheable(request)) {
            return;
        }
        String etag = ETags.strong(text);
        HttpServerResponse response = request.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.VARY, "Accept-Language");
        if (ETags.matches(request.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            ResponseJson.forget();
        }
    }

    /** Not read: the bean is called by {@link CacheHeadersHook}, which SmallRye enables. */
    @Override
    public String getConfigKey() {
        return CacheHeadersHook.CONFIG_KEY;
    }

    private static boolean isCacheable(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(AnonymousGetFilter.CACHEABLE));
    }

    /** Extensions a resolver added are written into the answer after this event, so its text here would lack them. */
    private static boolean hasAddedExtensions(Context context) {
        Map<String, Object> added = context instanceof SmallRyeContext smallRye ? smallRye.getAddedExtensions() : null;
        return added != null && !added.isEmpty();
    }

    private static boolean isQuery(Context context) {
        return context.getRequestedOperationTypes().stream().allMatch("query"::equalsIgnoreCase);
    }
}
