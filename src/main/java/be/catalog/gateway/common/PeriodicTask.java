package be.catalog.gateway.common;

import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Upkeep run at start and then every interval on a Vert.x timer, never blocking the start nor an event loop: import
 * heartbeats, folding and checking the counts the database keeps. A failure is logged once, and so is the first run
 * that works again after it, so that a database that is down for an hour writes two lines rather than one per run.
 */
public final class PeriodicTask {

    private final Vertx vertx;
    private final Logger log;
    private final String what;
    private final String whileFailing;
    private long timer = -1;
    private volatile boolean failing;

    /**
     * {@code what} the task does, as in "could not {@code what}"; {@code whileFailing} what that means meanwhile, said
     * with the failure (may be empty).
     */
    public PeriodicTask(Vertx vertx, Logger log, String what, String whileFailing) {
        this.vertx = vertx;
        this.log = log;
        this.what = what;
        this.whileFailing = whileFailing;
    }

    /** Runs {@code task} now and, unless {@code interval} is zero, every {@code interval} until {@link #stop}. */
    public void start(Duration interval, Supplier<Uni<?>> task) {
        run(task);
        if (interval.toMillis() > 0) {
            timer = vertx.setPeriodic(interval.toMillis(), id -> run(task));
        }
    }

    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void run(Supplier<Uni<?>> task) {
        Uni.createFrom().deferred(task).subscribe().with(done -> {
            if (failing) {
                failing = false;
                log.infof("could %s again", what);
            }
        }, failure -> {
            if (!failing) {
                failing = true;
                log.warnf("could not %s%s: %s", what, whileFailing.isEmpty() ? "" : " (" + whileFailing + ")",
                        failure.toString());
            }
        });
    }
}
