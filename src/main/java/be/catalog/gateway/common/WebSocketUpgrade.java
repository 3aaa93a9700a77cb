package be.catalog.gateway.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * A request asking to become a websocket (GraphQL subscriptions over graphql-transport-ws on /graphql). The filters of
 * GraphQL-over-HTTP requests (abuse limits, persisted queries, GET caching) let it through untouched: it has no
 * document yet, its operations arrive as websocket messages.
 */
public final class WebSocketUpgrade {

    private WebSocketUpgrade() {
    }

    public static boolean is(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }
}
