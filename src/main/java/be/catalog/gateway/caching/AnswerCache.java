package be.catalog.gateway.caching;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Anonymous answers kept in memory for {@code catalog.caching.answers-ttl}, so that a storefront's repeated queries
 * (a category's first page, a popular search, a product everyone looks at) are answered without GraphQL or the
 * database. An answer is stored the second time its request misses ({@link #missedBefore}), within a bound of memory
 * ({@code answers-memory}) where Caffeine's frequency-based eviction keeps the answers asked for most.
 *
 * <p>Once an answer is older than the TTL, the first request that finds it runs the query again and the others keep
 * getting it until the new answer is stored: a popular search whose answer takes a second to compute would otherwise
 * be computed by every request of that second. So an answer is served at most the TTL plus one execution old, or
 * twice the TTL if its refreshes fail.
 *
 * <p>Freshness: every write on this instance and every listing change heard from the database (other instances'
 * writes, imports) drops all answers at once ({@link #invalidate}). An answer whose execution began before a drop is
 * not stored, so a read that overlapped a write cannot bring the old answer back ({@link #store}). What is left is an
 * exchange rate or supplier changed on another instance, at most the TTL old on top of that instance's own caches.
 */
// Caffeine builds a cache from a class generated per kind of cache, found by name: this is this one's (strong keys and
// values, statistics, a maximum weight, expiry after write). quarkus-caffeine registers the common kinds for native
// images, and the class of this one's entries (PSWMW), not this one.
@RegisterForReflection(classNames = "com.github.benmanes.caffeine.cache.SSSMWW")
@ApplicationScoped
public class AnswerCache {

    /** The metrics' {@code cache} tag: {@code cache_gets_total{cache="graphql_answers",result="hit"}} and the rest. */
    static final String NAME = "graphql_answers";

    /**
     * Recent misses remembered, by the hash of their key: an answer is stored only when its request missed before among
     * about this many others. A request asked once (most products of a large catalog) then costs a hash and a slot of
     * this table, not a copy of its answer that would only push a repeated one out.
     */
    private static final int RECENT_MISSES = 1024;

    /** Null when the TTL is zero: nothing is kept. */
    private final Cache<AnswerKey, StoredAnswer> answers;
    /**
     * The cache's statistics, whose hits and misses are counted here rather than by its lookups: a lookup that finds
     * an answer past its TTL and claims its refresh runs the query, and is a miss to whoever reads the metrics.
     */
    private final StatsCounter stats = new ConcurrentStatsCounter();
    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    /** Hashes of recent misses, 0 for none. Unsynchronized: a lost or stale slot only stores an answer later or sooner. */
    private final int[] recentMisses = new int[RECENT_MISSES];

    public AnswerCache(CachingConfig config, MeterRegistry registry) {
        this.ttlNanos = config.answersTtl().toNanos();
        // The answers are handed over by the hook of the HTTP validators (CacheHeaders): without it none would be.
        if (ttlNanos <= 0 || !config.httpValidators()) {
            this.answers = null;
            return;
        }
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.answersMemory().asLongValue())
                .weigher((AnswerKey key, StoredAnswer answer) -> key.weight() + answer.weight())
                // Past the TTL an answer is still served while one request runs its query again (isFresh); an answer
                // whose refresh never succeeds is gone after twice the TTL.
                .expireAfterWrite(config.answersTtl().multipliedBy(2))
                // The upkeep (eviction, expiry) is a few microseconds: done by the thread that stored, rather than
                // handed to the common pool, which has one thread on two cores.
                .executor(Runnable::run)
                .recordStats(() -> stats)
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, NAME);
    }

    boolean enabled() {
        return answers != null;
    }

    /** The answer kept for {@code key}, fresh or not, or null; counted by {@link #answered} or {@link #executed}. */
    StoredAnswer find(AnswerKey key) {
        // The map's get records no statistics, unlike getIfPresent.
        return answers.asMap().get(key);
    }

    /** The request was answered from memory. */
    void answered() {
        stats.recordHits(1);
    }

    /** The request runs its query: nothing kept, or the one refresh of an answer past its TTL. */
    void executed() {
        stats.recordMisses(1);
    }

    /** Whether {@code answer} is younger than the TTL; an older one is served while one request refreshes it. */
    boolean isFresh(StoredAnswer answer, long now) {
        return answer.isFresh(now, ttlNanos);
    }

    /** Whether {@code key}, which just missed, missed recently too: only then is its answer worth keeping. */
    boolean missedBefore(AnswerKey key) {
        int hash = key.hashCode() | 1;
        int slot = (hash ^ (hash >>> 16)) & (RECENT_MISSES - 1);
        if (recentMisses[slot] == hash) {
            return true;
        }
        recentMisses[slot] = hash;
        return false;
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
