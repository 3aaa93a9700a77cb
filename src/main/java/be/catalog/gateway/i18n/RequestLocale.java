package be.catalog.gateway.i18n;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The locale chain of a localized field in the current request: its argument, else the Accept-Language header. */
@ApplicationScoped
public class RequestLocale {

    private final LocaleNegotiation negotiation;
    private final CurrentVertxRequest request;

    public RequestLocale(LocaleNegotiation negotiation, CurrentVertxRequest request) {
        this.negotiation = negotiation;
        this.request = request;
    }

    public List<ContentLocale> chain(ContentLocale argument) {
        if (argument != null) {
            return negotiation.chain(argument);
        }
        RoutingContext context = request.getCurrent();
        return negotiation.chain(null, context == null ? null : context.request().getHeader("Accept-Language"));
    }

    public LocalizedString resolve(LocalizedText text, ContentLocale argument) {
        return text == null ? null : text.resolve(chain(argument));
    }
}
