package be.catalog.gateway.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/** Reads shared between requests: counts, facets, exchange rates and the category tree go through it. */
class SharedReadsTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    /** The time SharedReads sees, moved on by the tests. */
    private long now;

    /** A read that stays open until the test completes it, and counts how often it was started. */
    private final List<UniEmitter<? super String>> started = Collections.synchronizedList(new ArrayList<>());

    private SharedReads<String, String> shared() {
        return new SharedReads<>(TTL, 10, 2, () -> now);
    }

    /** A shared read of key "k" whose first read has given {@code value}. */
    private SharedReads<String, String> readOnce(String value) {
        SharedReads<String, String> reads = shared();
        ask(reads);
        started.get(0).complete(value);
        return reads;
    }

    private AtomicReference<String> ask(SharedReads<String, String> reads) {
        return ask(reads, "k");
    }

    private AtomicReference<String> ask(SharedReads<String, String> reads, String key) {
        return subscribe(reads.get(key, this::read));
    }

    /** Keys a, b and c, each read once ("v1") at the same time, then the TTL passes. */
    private SharedReads<String, String> threeKeysReadThenExpired() {
        SharedReads<String, String> reads = shared();
        for (String key : List.of("a", "b", "c")) {
            ask(reads, key);
        }
        started.forEach(read -> read.complete("v1"));
        ttlPasses();
        return reads;
    }

    /** A request for "k" made after a write committed while the first read of "k" was still running. */
    private AtomicReference<String> askAfterAWriteDuringTheFirstRead(SharedReads<String, String> reads) {
        ask(reads);
        reads.invalidateAll();
        return ask(reads);
    }

    private void ttlPasses() {
        now += TTL.toNanos();
    }

    private Uni<String> read() {
        return Uni.createFrom().emitter(started::add);
    }

    private static AtomicReference<String> subscribe(Uni<String> uni) {
        AtomicReference<String> answer = new AtomicReference<>();
        uni.subscribe().with(answer::set, failure -> answer.set("failed: " + failure.getMessage()));
        return answer;
    }

    @Test
    void requestsThatAskAtTheSameTimeShareOneRead() {
        SharedReads<String, String> reads = shared();
        AtomicReference<String> first = ask(reads);
        AtomicReference<String> second = ask(reads);

        started.get(0).complete("v1");

        assertThat(started).hasSize(1);
        assertThat(first.get()).isEqualTo("v1");
        assertThat(second.get()).isEqualTo("v1");
        assertThat(ask(reads).get()).isEqualTo("v1");
    }

    @Test
    void anExpiredValueIsServedWhileItIsReadAgainInTheBackground() {
        SharedReads<String, String> reads = readOnce("v1");
        ttlPasses();

        AtomicReference<String> duringRefresh = ask(reads);
        AtomicReference<String> alsoDuringRefresh = ask(reads);

        assertThat(duringRefresh.get()).isEqualTo("v1");
        assertThat(alsoDuringRefresh.get()).isEqualTo("v1");
        assertThat(started).as("one refresh, started by the first request after the TTL").hasSize(2);
        started.get(1).complete("v2");
        assertThat(ask(reads).get()).isEqualTo("v2");
    }

    @Test
    void aRefreshSlowerThanTheTtlIsNotStartedTwice() {
        SharedReads<String, String> reads = readOnce("v1");
        ttlPasses();
        ask(reads);

        ttlPasses();
        AtomicReference<String> whileStillReading = ask(reads);

        assertThat(started).hasSize(2);
        assertThat(whileStillReading.get()).isEqualTo("v1");
    }

    @Test
    void keysThatExpireTogetherAreRefreshedAFewAtATime() {
        SharedReads<String, String> reads = threeKeysReadThenExpired();

        List<AtomicReference<String>> expired = List.of(ask(reads, "a"), ask(reads, "b"), ask(reads, "c"));

        assertThat(expired).allSatisfy(answer -> assertThat(answer.get()).isEqualTo("v1"));
        assertThat(started).as("three first reads, then two refreshes at most").hasSize(5);
        started.get(3).complete("v2");
        assertThat(ask(reads, "c").get()).as("c keeps its value until a refresh is free").isEqualTo("v1");
        assertThat(started).as("c's refresh, now that a's is done").hasSize(6);
        started.get(5).complete("v2");
        assertThat(ask(reads, "c").get()).isEqualTo("v2");
    }

    @Test
    void aFailedRefreshFreesItsTurnAndIsReadAgainLater() {
        SharedReads<String, String> reads = threeKeysReadThenExpired();
        ask(reads, "a");
        ask(reads, "b");

        started.get(3).fail(new IllegalStateException("database down"));
        ask(reads, "c");

        assertThat(started).as("c's refresh in the turn a's failure freed").hasSize(6);
        assertThat(ask(reads, "a").get()).as("a forgotten: read again, and waited for").isNull();
    }

    @Test
    void aFailedReadIsForgottenSoTheNextRequestReadsAgain() {
        SharedReads<String, String> reads = shared();
        AtomicReference<String> first = ask(reads);
        started.get(0).fail(new IllegalStateException("database down"));

        AtomicReference<String> next = ask(reads);
        started.get(1).complete("v1");

        assertThat(first.get()).isEqualTo("failed: database down");
        assertThat(next.get()).isEqualTo("v1");
    }

    @Test
    void invalidationDropsTheValueSoNobodyGetsItAgain() {
        SharedReads<String, String> reads = readOnce("before the write");

        reads.invalidateAll();
        AtomicReference<String> afterWrite = ask(reads);

        assertThat(afterWrite.get()).as("waits for the new read").isNull();
        started.get(1).complete("after the write");
        assertThat(afterWrite.get()).isEqualTo("after the write");
    }

    @Test
    void aReadRunningAtAWriteIsNotSharedWithTheRequestsAfterIt() {
        SharedReads<String, String> reads = shared();
        AtomicReference<String> beforeWrite = ask(reads);

        reads.invalidateAll();
        AtomicReference<String> afterWrite = ask(reads);

        assertThat(started).as("the next read waits for the running one").hasSize(1);
        started.get(0).complete("before the write");
        assertThat(beforeWrite.get()).isEqualTo("before the write");
        assertThat(afterWrite.get()).as("waits for its own read").isNull();
        assertThat(started).as("the next read, once the running one has ended").hasSize(2);
        started.get(1).complete("after the write");
        assertThat(afterWrite.get()).isEqualTo("after the write");
    }

    @Test
    void writesDuringARunningReadQueueOneReadForEveryRequestAfterThem() {
        SharedReads<String, String> reads = shared();
        ask(reads);
        List<AtomicReference<String>> afterWrites = new ArrayList<>();
        for (int write = 0; write < 3; write++) {
            reads.invalidateAll();
            afterWrites.add(ask(reads));
        }

        started.get(0).complete("before the writes");

        assertThat(started).as("one read queued behind the running one, not three").hasSize(2);
        started.get(1).complete("after the writes");
        assertThat(afterWrites).allSatisfy(answer -> assertThat(answer.get()).isEqualTo("after the writes"));
    }

    @Test
    void aQueuedReadOnceSentIsNotSharedAfterTheNextWrite() {
        SharedReads<String, String> reads = shared();
        AtomicReference<String> afterFirstWrite = askAfterAWriteDuringTheFirstRead(reads);
        started.get(0).complete("before the writes");

        reads.invalidateAll();
        AtomicReference<String> afterSecondWrite = ask(reads);
        started.get(1).complete("after the first write");

        assertThat(afterFirstWrite.get()).isEqualTo("after the first write");
        assertThat(afterSecondWrite.get()).isNull();
        started.get(2).complete("after the second write");
        assertThat(afterSecondWrite.get()).isEqualTo("after the second write");
    }

    @Test
    void aFailedRunningReadLetsTheQueuedOneStart() {
        AtomicReference<String> afterWrite = askAfterAWriteDuringTheFirstRead(shared());

        started.get(0).fail(new IllegalStateException("database down"));
        started.get(1).complete("after the write");

        assertThat(afterWrite.get()).isEqualTo("after the write");
    }

    @Test
    void aRunningReadThatHangsIsWaitedForOneTtlAtMost() throws InterruptedException {
        SharedReads<String, String> reads = new SharedReads<>(Duration.ofMillis(50), 10, 2, () -> now);
        ask(reads);
        reads.invalidateAll();
        CountDownLatch answered = new CountDownLatch(1);
        reads.get("k", () -> read().invoke(answered::countDown)).subscribe().with(item -> {
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> started.size() == 2);
        started.get(1).complete("after the write");

        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTtlOfZeroReadsEveryTime() {
        SharedReads<String, String> reads = new SharedReads<>(Duration.ZERO, 10);
        ask(reads);
        ask(reads);

        assertThat(started).hasSize(2);
    }
}
