package org.castellan.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many log-in attempts a key (a client address, a login) may make in a sliding window. This
 * comes before the account's own throttling and locks (which still apply): it keeps one address
 * from trying many logins, and many addresses from trying one, without reaching the database.
 */
final class AttemptLimits {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    AttemptLimits(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts an attempt of the key, unless it has made its limit in the window.
     *
     * @return empty when the attempt may go on; else how long until it may try again
     */
    Optional<Duration> attempt(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            }
            times.addLast(now);
        }
        if (attempts.size() > 10_000) {
            forgetQuiet(now);
        }
        return Optional.empty();
    }

    /**
     * Gives back the key's latest attempt: a log-in that succeeded is no guess, and a script that
     * logs in for each of its commands must not lock itself out; failures still add up.
     */
    void forgive(String key) {
        Deque<Instant> times = attempts.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    /** Drops the keys with no attempt left in the window, so that a scan of addresses cannot fill memory. */
    private void forgetQuiet(Instant now) {
        attempts.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(now.minus(window));
            }
        });
    }
}
