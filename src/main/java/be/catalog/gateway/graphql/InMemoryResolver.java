package be.catalog.gateway.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Source} resolver returning {@code Uni} that answers from its source object and from state already in
 * memory (a listing's title in a locale, its price at the cached rates), with no I/O in the usual case.
 * {@link InMemoryResolverFetcher} calls it directly ({@link DirectResolverCall}) and takes the answer when it is there
 * at once; on any other outcome (a failure, a read still running) it is called again through SmallRye's fetcher, which
 * reports it as for any resolver. So it must only read: it may be called twice for one field.
 *
 * <p>Such fields are asked for on every listing of every page, so SmallRye's per-call work (its context with the
 * selected fields rendered as JSON, a timer, a CompletionStage with context propagation) was most of the CPU of a
 * page (src/bench/README.md). Calls answered at once are therefore not in the {@code mp_graphql} timers, nor traced
 * one by one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InMemoryResolver {
}
