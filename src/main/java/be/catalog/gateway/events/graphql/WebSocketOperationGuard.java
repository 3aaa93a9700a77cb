package be.catalog.gateway.events.graphql;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import be.catalog.gateway.events.OperationNotAllowedOverWebSocketException;
import be.catalog.gateway.graphql.DirectResolverCall;
import be.catalog.gateway.graphql.ReportsClientErrors;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The websocket carries subscriptions only. graphql-transport-ws lets a client send queries and mutations over it as
 * well, but those would bypass everything that guards GraphQL over HTTP (the abuse limits, the rate limit, persisted
 * queries, caching headers): their root resolvers refuse to run there, with a code, and nothing is read or written.
 *
 * <p>Bound to every {@code @GraphQLApi} class through {@link ReportsClientErrors}, inside its error translation, so
 * the refusal reaches the client like any other coded error.
 */
@ReportsClientErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class WebSocketOperationGuard {

    /** Headers of the request the operation came with; for a websocket, those of its upgrade request. */
    private static final String HTTP_HEADERS = "httpHeaders";

    @AroundInvoke
    Object refuseQueriesOverWebSocket(InvocationContext invocation) throws Exception {
        if (DirectResolverCall.inProgress()) {
            return invocation.proceed(); // a field of a listing, not a root operation
        }
        Method method = invocation.getMethod();
        if ((method.isAnnotationPresent(Query.class) || method.isAnnotationPresent(Mutation.class)) && overWebSocket()) {
            throw new OperationNotAllowedOverWebSocketException();
        }
        return invocation.proceed();
    }

    private static boolean overWebSocket() {
        // SmallRye's context of the running data fetch (set on this thread just before the resolver is called)
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        if (environment == null || !(environment.getGraphQlContext().get(HTTP_HEADERS) instanceof Map<?, ?> headers)) {
            return false;
        }
        return headers.entrySet().stream().anyMatch(header -> "upgrade".equalsIgnoreCase(String.valueOf(header.getKey()))
                && header.getValue() instanceof List<?> values
                && values.stream().anyMatch(value -> String.valueOf(value).toLowerCase().contains("websocket")));
    }
}
