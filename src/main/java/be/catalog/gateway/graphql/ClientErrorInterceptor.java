package be.catalog.gateway.graphql;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import be.catalog.gateway.ops.GraphQLErrorMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@ReportsClientErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ClientErrorInterceptor {

    private final FailureTranslator translator;
    private final GraphQLErrorMetrics metrics;
    private final Map<Method, String> fieldNames = new ConcurrentHashMap<>();

    public ClientErrorInterceptor(FailureTranslator translator, GraphQLErrorMetrics metrics) {
        this.translator = translator;
        this.metrics = metrics;
    }

    @AroundInvoke
    Object translateFailures(InvocationContext context) throws Exception {
        if (DirectResolverCall.inProgress()) {
            return context.proceed(); // whatever fails there is called again the usual way, and translated then
        }
        Method method = context.getMethod();
        Class<?> returnType = method.getReturnType();
        Object result;
        try {
            result = context.proceed();
        } catch (RuntimeException e) {
            if (Uni.class.isAssignableFrom(returnType)) {
                return Uni.createFrom().failure(translate(method, e));
            }
            if (Multi.class.isAssignableFrom(returnType)) {
                return Multi.createFrom().failure(translate(method, e));
            }
            throw translate(method, e);
        }
        if (result instanceof Uni<?> uni) {
            return uni.onFailure().transform(failure -> translate(method, failure));
        }
        if (result instanceof Multi<?> multi) {
            // a subscription: its failure (even after items) reaches the client as a coded error, then it completes
            return multi.onFailure().transform(failure -> translate(method, failure));
        }
        return result;
    }

    private ClientError translate(Method method, Throwable failure) {
        ClientError error = translator.translate(failure);
        metrics.record(fieldNames.computeIfAbsent(method, ClientErrorInterceptor::fieldName), error.code());
        return error;
    }

    /** The schema field a resolver method answers: its {@code @Query}/{@code @Mutation}/{@code @Name}, or its name. */
    static String fieldName(Method method) {
        Query query = method.getAnnotation(Query.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        Mutation mutation = method.getAnnotation(Mutation.class);
        if (mutation != null && !mutation.value().isEmpty()) {
            return mutation.value();
        }
        Subscription subscription = method.getAnnotation(Subscription.class);
        if (subscription != null && !subscription.value().isEmpty()) {
            return subscription.value();
        }
        Name name = method.getAnnotation(Name.class);
        if (name != null && !name.value().isEmpty()) {
            return name.value();
        }
        return method.getName();
    }
}
