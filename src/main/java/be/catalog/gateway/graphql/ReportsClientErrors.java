package be.catalog.gateway.graphql;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Put on every {@code @GraphQLApi} class: failures of its resolvers reach the client as a {@link ClientError} with a
 * stable code, and anything unexpected is logged here and hidden behind {@code INTERNAL_ERROR}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface ReportsClientErrors {
}
