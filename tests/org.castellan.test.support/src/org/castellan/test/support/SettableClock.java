package org.castellan.test.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test sets: it stands still until the test moves it, so time passes when the test
 * says so, never by sleeping. Every service of a test reads the same made-up time; services on
 * other threads see each move at once.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SettableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /** A clock on UTC at {@code start} (as {@link Instant#parse}: {@code 2026-11-23T20:00:00Z}). */
    public static SettableClock utc(String start) {
        return new SettableClock(Instant.parse(start), ZoneOffset.UTC);
    }

    /** A clock in {@code zone} at the local date-time {@code start}. */
    public static SettableClock at(LocalDateTime start, ZoneId zone) {
        return new SettableClock(start.atZone(zone).toInstant(), zone);
    }

    public void advance(Duration by) {
        now.updateAndGet(time -> time.plus(by));
    }

    public void set(Instant to) {
        now.set(to);
    }

    /** Sets the time to a local date-time in the clock's zone and returns it as an instant. */
    public Instant set(LocalDateTime local) {
        Instant to = local.atZone(zone).toInstant();
        now.set(to);
        return to;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Refused: Castellan's services keep the zone they are given, and the tests check that they do. */
    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("a test's clock keeps its zone");
    }
}
