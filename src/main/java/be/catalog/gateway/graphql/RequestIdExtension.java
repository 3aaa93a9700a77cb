package be.catalog.gateway.graphql;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.jboss.logging.MDC;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Adds {@code extensions.requestId} to every error: the id under which the server logged the request (see the ops
 * package's request id filter), so that a client's report can be matched with the log. Registered in META-INF/services.
 */
public class RequestIdExtension implements ErrorExtensionProvider {

    public static final String MDC_KEY = "requestId";

    @Override
    public String getKey() {
        return "requestId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Object requestId = MDC.get(MDC_KEY);
        return requestId == null ? null : Json.createValue(requestId.toString());
    }
}
