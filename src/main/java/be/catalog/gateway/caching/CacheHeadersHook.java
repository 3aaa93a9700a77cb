package be.catalog.gateway.caching;

import io.quarkus.arc.Arc;
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

    private volatile CacheHeaders headers;

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

    private CacheHeaders headers() {
        CacheHeaders current = headers;
        if (current == null) {
            current = Arc.container().instance(CacheHeaders.class).get();
            headers = current;
        }
        return current;
    }
}
