package org.castellan.sessions.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves: stands for the database's time, or for a workstation's wrong clock. */
final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SettableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /** A Monday at {@code hh:mm} in Paris. */
    static SettableClock parisAt(int hour, int minute) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return new SettableClock(java.time.LocalDateTime.of(2026, 11, 23, hour, minute).atZone(paris).toInstant(), paris);
    }

    void move(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    void set(Instant to) {
        now.set(to);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now.get(), other);
    }
}
