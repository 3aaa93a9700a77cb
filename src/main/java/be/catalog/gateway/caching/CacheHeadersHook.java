package be.catalog.gateway.caching;

import jakarta.enterprise.inject.literal.NamedLiteral;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Calls {@link CacheHeaders} before and after each GraphQL execution, through SmallRye GraphQL's eventing SPI.
 *
 * <p>Why not SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled}): they also fire three CDI events
 * for every field of every answer, and resolving their observers took a tenth of the CPU of a {@code listing(id)}
 * request in a profile (src/bench/README.md). This hook is called twice per request and does nothing per field.
 * SmallRye loads it with the ServiceLoader (META-INF/services), not CDI, so the bean is looked up on first use.
 */
public class CacheHeadersHook implements EventingService {

    /** Always set (application.properties): SmallRye enables an eventing service only when its key is true. */
    static final String CONFIG_KEY = "catalog.caching.http-validators";

    /**
     * The bean of the running application. SmallRye keeps this hook across restarts of Quarkus in one JVM (tests),
     * where each start loads the application's classes anew: so the bean is found by a library type and a name, never
     * by an application class, and found again when the container changes.
     */
    private record Bound(ArcContainer container, EventingService headers) {
    }

    private volatile Bound bound;

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public void beforeExecute(Context context) {
        headers().beforeExecute(context);
    }

    @Override
    public void afterExecute(Context context) {
        headers().afterExecute(context);
    }

    private EventingService headers() {
        ArcContainer container = Arc.container();
        Bound current = bound;
        if (current == null || current.container() != container) {
            current = new Bound(container,
                    container.instance(EventingService.class, NamedLiteral.of(CacheHeaders.NAME)).get());
            bound = current;
        }
        return current.headers();
    }
}
