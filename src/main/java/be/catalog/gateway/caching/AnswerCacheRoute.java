package be.catalog.gateway.caching;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.catalog.gateway.common.WebSocketUpgrade;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers an anonymous query from {@link AnswerCache} when the same request was answered before, and otherwise lets it
 * run; the second time a request misses, its answer is kept: a query's answer without errors, handed over by
 * {@link CacheHeaders} after execution ({@link #offer}), stored once its status (200, or 304 to a GET that
 * revalidated it) and headers are final. An answer past its TTL is sent on to every request but one, which runs the
 * query again ({@link AnswerCache}).
 *
 * <p>The route runs after persisted queries are resolved (a hash stands for its document) and after the GET checks
 * (mutations over GET refused), before the abuse limits: a stored answer's request passed them already, byte for byte.
 * The per-client rate limit, CORS and the request id are HTTP filters, which run before every route, hits included.
 */
@ApplicationScoped
public class AnswerCacheRoute {

    /** After {@link AnonymousGetFilter} (-105), before the abuse limits (-100). */
    static final int ORDER = PersistedQueryFilter.ORDER + 7;

    private static final String KEY = "catalog.caching.answer-key";
    private static final String TEXT = "catalog.caching.answer-text";

    private final AnswerCache cache;
    private final String graphqlPath;

    public AnswerCacheRoute(AnswerCache cache,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String graphqlPath) {
        this.cache = cache;
        this.graphqlPath = graphqlPath;
    }

    void register(@Observes Router router) {
        if (cache.enabled()) {
            router.route(graphqlPath).order(ORDER).handler(WebSocketUpgrade.bypass(this::answer));
        }
    }

    /** Whether the answer of this request is to be offered for keeping. */
    static boolean wanted(RoutingContext request) {
        return request.get(KEY) != null;
    }

    /** The text of the request's answer, once it is known to be a query's, without errors or added extensions. */
    static void offer(RoutingContext request, String text) {
        request.put(TEXT, text);
    }

    private void answer(RoutingContext context) {
        AnswerKey key = AnswerKey.of(context.request(), context.body());
        if (key == null) {
            context.next();
            return;
        }
        StoredAnswer stored = cache.find(key);
        if (stored != null && (cache.isFresh(stored, System.nanoTime()) || !stored.claimRefresh())) {
            cache.answered();
            send(context, stored);
            return;
        }
        cache.executed();
        if (stored == null && !cache.missedBefore(key)) {
            context.next();
            return;
        }
        // A miss asked before, or the one refresh of an answer past its TTL: run it and keep the new answer.
        long generation = cache.generation();
        context.put(KEY, key);
        context.addHeadersEndHandler(ignored -> keep(context, key, generation, stored));
        context.next();
    }

    private void keep(RoutingContext context, AnswerKey key, long generation, StoredAnswer refreshed) {
        String text = context.get(TEXT);
        HttpServerResponse response = context.response();
        String contentType = response.headers().get(HttpHeaders.CONTENT_TYPE);
        // A 304 was answered to a GET whose If-None-Match holds the strong tag of this very text (CacheHeaders): the
        // answer is the text all the same, and a CDN that only ever revalidates gets it kept, or kept fresh.
        int status = response.getStatusCode();
        if (text == null || (status != 200 && status != 304) || !isUtf8(contentType)) {
            if (refreshed != null) {
                refreshed.refreshFailed();
            }
            return;
        }
        cache.store(key, generation, new StoredAnswer(Buffer.buffer(text), contentType,
                response.headers().get(HttpHeaders.CACHE_CONTROL),
                response.headers().get(HttpHeaders.ETAG), response.headers().get(HttpHeaders.VARY), System.nanoTime()));
    }

    /**
     * Whether the answer was written in UTF-8, as its stored copy is: an {@code Accept} naming another charset gets it
     * (its requests then always execute).
     */
    static boolean isUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        int charset = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (charset < 0) {
            return true;
        }
        String name = contentType.substring(charset + "charset=".length()).split(";", 2)[0].strip().replace("\"", "");
        return name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8");
    }

    private static void send(RoutingContext context, StoredAnswer stored) {
        HttpServerResponse response = context.response().putHeader(HttpHeaders.CONTENT_TYPE, stored.contentType());
        if (stored.etag() != null) {
            // Age: a CDN counts the answer's max-age from when it was made, not from when it left this cache.
            response.putHeader(HttpHeaders.CACHE_CONTROL, stored.cacheControl())
                    .putHeader(HttpHeaders.ETAG, stored.etag())
                    .putHeader(HttpHeaders.AGE, Long.toString(stored.ageSeconds(System.nanoTime())));
            if (stored.vary() != null) {
                response.putHeader(HttpHeaders.VARY, stored.vary());
            }
            if (context.request().method() == HttpMethod.GET
                    && ETags.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), stored.etag())) {
                response.setStatusCode(304).end();
                return;
            }
        }
        response.end(stored.body());
    }
}
