package be.catalog.gateway.caching;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Anonymous answers kept in memory for {@code catalog.caching.answers-ttl}, so that a storefront's repeated queries
 * (a category's first page, a popular search, a product everyone looks at) are answered without GraphQL or the
 * database. Bounded by memory ({@code answers-memory}); Caffeine's frequency-based admission keeps the queries asked
 * again and lets the one-off ones (a random product among 100,000) pass through without pushing those out.
 *
 * <p>Freshness: every write on this instance and every listing change heard from the database (other instances'
 * writes, imports) drops all answers at once ({@link #invalidate}). An answer whose execution began before a drop is
 * not stored, so a read that overlapped a write cannot bring the old answer back ({@link #store}). What is left is an
 * exchange rate or supplier changed on another instance, at most the TTL old on top of that instance's own caches.
 */
@ApplicationScoped
public class AnswerCache {

    /** The metrics' {@code cache} tag: {@code cache_gets_total{cache="graphql_answers",result="hit"}} and the rest. */
    static final String NAME = "graphql_answers";

    /** Null when the TTL is zero: nothing is kept. */
    private final Cache<AnswerKey, StoredAnswer> answers;
    private final AtomicLong generation = new AtomicLong();

    public AnswerCache(CachingConfig config, MeterRegistry registry) {
        if (config.answersTtl().isZero() || config.answersTtl().isNegative()) {
            this.answers = null;
            return;
        }
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.answersMemory().asLongValue())
                .weigher((AnswerKey key, StoredAnswer answer) -> key.weight() + answer.weight())
                .expireAfterWrite(config.answersTtl())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, NAME);
    }

    boolean enabled() {
        return answers != null;
    }

    /** The answer kept for {@code key}, or null. */
    StoredAnswer find(AnswerKey key) {
        return answers.getIfPresent(key);
    }

    /** To be taken before the request executes and handed to {@link #store} with its answer. */
    long generation() {
        return generation.get();
    }

    /** Keeps {@code answer}, unless the answers were dropped since {@code generation} was taken. */
    void store(AnswerKey key, long generation, StoredAnswer answer) {
        if (this.generation.get() != generation) {
            return;
        }
        answers.put(key, answer);
        // A drop between the check and the put: take it back (invalidate() counts before it clears).
        if (this.generation.get() != generation) {
            answers.asMap().remove(key, answer);
        }
    }

    /** The public catalog changed: no answer kept so far may be served again. */
    public void invalidate() {
        generation.incrementAndGet();
        if (answers != null) {
            answers.invalidateAll();
        }
    }
}
