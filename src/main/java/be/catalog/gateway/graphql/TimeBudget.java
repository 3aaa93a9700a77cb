package be.catalog.gateway.graphql;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resolver's own time budget, as an ISO-8601 duration, for the few that legitimately run longer than
 * {@code catalog.request.time-budget} (a bulk upsert of 1,000 records). Each statement stays bound by statement_timeout.
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface TimeBudget {

    String value();
}
