package be.catalog.gateway.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** Upkeep runs at start and on a timer, and goes on after its runs fail. */
class PeriodicTaskTest {

    private final Vertx vertx = Vertx.vertx();
    private final PeriodicTask task = new PeriodicTask(vertx, Logger.getLogger(PeriodicTaskTest.class),
            "run the test's task", "");

    @AfterEach
    void closeVertx() {
        task.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void itRunsAtOnceThenEveryInterval() {
        AtomicInteger runs = new AtomicInteger();

        task.start(Duration.ofMillis(20), () -> Uni.createFrom().item(runs.incrementAndGet()));

        assertThat(runs).as("at start").hasValue(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 4);
    }

    @Test
    void aFailingRunDoesNotStopTheNext() {
        AtomicInteger runs = new AtomicInteger();

        task.start(Duration.ofMillis(20), () -> {
            runs.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("database down"));
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 4);
    }

    @Test
    void aZeroIntervalRunsOnceAtStart() {
        AtomicInteger runs = new AtomicInteger();

        task.start(Duration.ZERO, () -> Uni.createFrom().item(runs.incrementAndGet()));

        assertThat(runs).hasValue(1);
    }

    @Test
    void aTaskThatThrowsInsteadOfFailingIsReportedAsAFailure() {
        AtomicInteger runs = new AtomicInteger();

        task.start(Duration.ofMillis(20), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("no pool");
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
    }
}
