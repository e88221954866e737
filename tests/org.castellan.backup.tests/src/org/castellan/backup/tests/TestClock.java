package org.castellan.backup.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The backups' clock, on UTC: it stands still until the test moves it (tests never sleep). */
final class TestClock extends Clock {

    private volatile Clock fixed = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC);

    void advance(Duration by) {
        fixed = Clock.offset(fixed, by);
    }

    @Override
    public Instant instant() {
        return fixed.instant();
    }

    @Override
    public ZoneId getZone() {
        return fixed.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the backups' zone is fixed in tests");
    }
}
