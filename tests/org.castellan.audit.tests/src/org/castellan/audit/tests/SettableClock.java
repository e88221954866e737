package org.castellan.audit.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test sets: every service of a test reads the same made-up time. */
final class SettableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    SettableClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        set(start);
    }

    /** Sets the time to a local date-time in the clock's zone and returns it as an instant. */
    Instant set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the tests use one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
