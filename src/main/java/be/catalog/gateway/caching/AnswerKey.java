package be.catalog.gateway.caching;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RequestBody;

/**
 * What an anonymous GraphQL request's answer depends on: its method, the headers that change the answer or its form
 * ({@code Accept}, {@code Accept-Language}, {@code Content-Type}) and the request itself (a POST body, or a GET's query
 * string), byte for byte. Two requests that differ only in the JSON's spacing are two keys; that costs a miss, never a
 * wrong answer.
 */
final class AnswerKey {

    /** A key's share of the cache's memory besides its bytes: the object, its array and its entry. */
    private static final int OVERHEAD_BYTES = 96;

    private final String variant;
    private final byte[] request;
    private final int hash;

    AnswerKey(String variant, byte[] request) {
        this.variant = variant;
        this.request = request;
        this.hash = 31 * variant.hashCode() + Arrays.hashCode(request);
    }

    /**
     * The key of a request whose answer may be shared, or null: requests with an Authorization header (their answer may
     * hold what only their agency sees; the gateway takes no other credential), batches (answered as one array of
     * several executions) and other methods are not. Its size is bounded by the body limit of the abuse limits, already
     * applied, or by the length of a URL.
     */
    static AnswerKey of(HttpServerRequest request, RequestBody body) {
        if (request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        byte[] bytes;
        if (request.method() == HttpMethod.GET) {
            String query = request.query();
            if (query == null) {
                return null;
            }
            bytes = query.getBytes(StandardCharsets.UTF_8);
        } else if (request.method() == HttpMethod.POST) {
            Buffer buffer = body == null ? null : body.buffer();
            if (buffer == null || !isSingleRequest(buffer)) {
                return null;
            }
            bytes = buffer.getBytes();
        } else {
            return null;
        }
        // A POST's query string is part of it too: SmallRye can be configured to take parameters from it.
        String query = request.method() == HttpMethod.POST && request.query() != null ? request.query() : "";
        String variant = request.method().name() + '\n' + header(request, HttpHeaders.ACCEPT) + '\n'
                + header(request, HttpHeaders.ACCEPT_LANGUAGE) + '\n' + header(request, HttpHeaders.CONTENT_TYPE)
                + '\n' + query;
        return new AnswerKey(variant, bytes);
    }

    /** Memory the key takes, for the cache's bound. */
    int weight() {
        return OVERHEAD_BYTES + 2 * variant.length() + request.length;
    }

    /** A JSON object, not a batch (an array), nor a document sent as application/graphql. */
    private static boolean isSingleRequest(Buffer body) {
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{';
            }
        }
        return false;
    }

    private static String header(HttpServerRequest request, CharSequence name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerKey key && key.hash == hash && key.variant.equals(variant)
                && Arrays.equals(key.request, request);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
