package be.catalog.gateway.common;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A request asking to become a websocket (GraphQL subscriptions over graphql-transport-ws on /graphql). The handlers of
 * GraphQL-over-HTTP requests (body reading, abuse limits, persisted queries, GET caching) let it through untouched: it
 * has no document yet, its operations arrive as websocket messages. Even reading its empty body would break it: some
 * clients (Java's HttpClient) send {@code Content-Length: 0}, Vert.x's body handler then ends the request, and SmallRye
 * GraphQL no longer upgrades an ended request.
 */
public final class WebSocketUpgrade {

    private WebSocketUpgrade() {
    }

    /**
     * A GET asking for a websocket and carrying no GraphQL document: a request that also carries {@code query} or
     * {@code extensions} goes through every check of GraphQL over GET, so that the header cannot be used to slip a
     * document past them.
     */
    public static boolean is(HttpServerRequest request) {
        return request.method() == HttpMethod.GET
                && request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && request.getParam("query") == null && request.getParam("extensions") == null;
    }

    /** {@code handler} for every request but websocket upgrades, which go straight to the next handler. */
    public static Handler<RoutingContext> bypass(Handler<RoutingContext> handler) {
        return context -> {
            if (is(context.request())) {
                context.next();
            } else {
                handler.handle(context);
            }
        };
    }
}
