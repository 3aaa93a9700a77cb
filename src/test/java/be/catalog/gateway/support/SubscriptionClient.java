package be.catalog.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * A GraphQL client over the graphql-transport-ws protocol (what graphql-ws and Apollo Client speak), on a real
 * websocket to /graphql: connection_init / connection_ack, then subscribe, next, error and complete messages.
 */
public final class SubscriptionClient implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ACTIVE = Pattern.compile("(?m)^catalog_subscriptions_active(?:\\{[^}]*\\})? ([0-9.]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI http;
    private final WebSocket socket;
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private volatile Integer closeCode;

    private SubscriptionClient(URI http) throws Exception {
        this.http = http;
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        this.socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        send(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()));
        JsonObject ack = messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(ack).as("connection_ack").isNotNull();
        assertThat(ack.getString("type")).isEqualTo("connection_ack");
    }

    /** Connects to the GraphQL endpoint at {@code graphql} (http://host:port/graphql). */
    public static SubscriptionClient connect(URI graphql) {
        try {
            return new SubscriptionClient(graphql);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open a graphql-transport-ws connection to " + graphql, e);
        }
    }

    /** Sends a subscribe message; nothing tells when the server has attached it, see {@link #awaitActive}. */
    public void subscribe(String id, String document, Map<String, Object> variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", document).put("variables", new JsonObject(variables))));
    }

    /** Subscribes and waits until the instance counts {@code active} attached subscriptions. */
    public void subscribe(String id, String document, Map<String, Object> variables, int active) {
        subscribe(id, document, variables);
        awaitActive(http, active);
    }

    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    /** The next message other than ping/pong, within the timeout. */
    public JsonObject nextMessage() {
        try {
            while (true) {
                JsonObject message = messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertThat(message).as("a message within %s", TIMEOUT).isNotNull();
                String type = message.getString("type");
                if ("ping".equals(type)) {
                    send(new JsonObject().put("type", "pong"));
                } else if (!"pong".equals(type)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The payload's {@code data.listingChanged} of the next message, which must be a {@code next} without errors. */
    public JsonObject nextChange(String id) {
        JsonObject message = nextMessage();
        assertThat(message.getString("type")).as("message %s", message).isEqualTo("next");
        assertThat(message.getString("id")).isEqualTo(id);
        assertThat(message.getJsonObject("payload").getValue("errors")).as("errors of %s", message).isNull();
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("listingChanged");
    }

    /** The code of the error the next message for {@code id} reports, as an `error` or as a `next` with errors. */
    public String nextErrorCode(String id) {
        JsonObject message = nextMessage();
        assertThat(message.getString("id")).as("message %s", message).isEqualTo(id);
        Object payload = message.getValue("payload");
        io.vertx.core.json.JsonArray errors = payload instanceof io.vertx.core.json.JsonArray array ? array
                : ((JsonObject) payload).getJsonArray("errors");
        assertThat(errors).as("errors of %s", message).isNotEmpty();
        return errors.getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    public Integer closeCode() {
        return closeCode;
    }

    /** Waits until the instance behind {@code graphql} counts exactly {@code count} attached subscriptions. */
    public static void awaitActive(URI graphql, int count) {
        URI metrics = graphql.resolve("/q/metrics");
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> activeSubscriptions(metrics) == count);
    }

    private static int activeSubscriptions(URI metrics) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = ACTIVE.matcher(body);
        return matcher.find() ? (int) Double.parseDouble(matcher.group(1)) : -1;
    }

    private void send(JsonObject message) {
        socket.sendText(message.encode(), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            return null;
        }
    }
}
