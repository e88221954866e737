package org.castellan.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.castellan.security.AccountException;
import org.eclipse.osgi.util.NLS;

/**
 * A bound on the password verifications the server runs at once. Each Argon2id verification takes
 * a core's worth of work for a while: a morning's burst of log-ins on Jetty's threads would
 * otherwise take every core and every thread, and heartbeats, decisions and log-outs (cheap, but
 * queued behind them) would wait for seconds until sessions went stale. At most {@code running}
 * verify at once, at most {@code queued} more wait their turn, each for at most {@code wait};
 * the others are answered 503 {@code busy} with Retry-After, nothing checked and no failed attempt
 * counted, and so keep their hands off the threads the cheap requests need.
 */
final class PasswordChecks {

    /** One verification. */
    @FunctionalInterface
    interface Check<T> {
        T run() throws AccountException;
    }

    private final Semaphore running;
    private final int queued;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    PasswordChecks(int running, int queued, Duration wait) {
        this.running = new Semaphore(running, true); // fair: the first to wait is the first to verify
        this.queued = queued;
        this.wait = wait;
    }

    <T> T run(Check<T> check) throws ApiError, AccountException {
        int ahead = waiting.getAndIncrement();
        if (ahead >= queued && running.availablePermits() == 0) { // the queue is full: no thread is held for a wait that would not end in time
            waiting.decrementAndGet();
            throw busy();
        }
        boolean turn;
        try {
            turn = running.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
        if (!turn) {
            throw busy();
        }
        try {
            return check.run();
        } finally {
            running.release();
        }
    }

    private ApiError busy() {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiError(503, "busy", NLS.bind(Messages.passwordChecksBusy, seconds), Map.of("Retry-After", Long.toString(seconds)), //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("retryAfterSeconds", seconds)); //$NON-NLS-1$
    }
}
