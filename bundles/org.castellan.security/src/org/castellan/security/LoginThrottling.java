package org.castellan.security;

import java.time.Duration;

/**
 * How failed logins slow down and then stop password guessing on one account. After
 * {@code freeFailures} failures in a row, each further attempt must wait twice as long as the
 * previous one (from {@code firstDelay}, at most {@code maximumDelay}), and it is refused without
 * the password even being checked; after {@code lockAfter} failures the account is locked for
 * {@code lockFor}, or until an administrator unlocks it. A success resets the count.
 *
 * @param freeFailures failures allowed without delay
 * @param firstDelay   the first delay
 * @param maximumDelay the longest delay
 * @param lockAfter    failures that lock the account; with {@code lockFor}, an hour never holds more
 *                     than {@value #MAXIMUM_FAILURES_PER_HOUR} failures
 * @param lockFor      how long a lock lasts
 *
 * @since 0.1
 */
public record LoginThrottling(int freeFailures, Duration firstDelay, Duration maximumDelay, int lockAfter, Duration lockFor) {

    /** Castellan's default: 3 free failures, then 2 s doubling up to 60 s, locked for 15 minutes at 10. */
    public static final LoginThrottling DEFAULT = new LoginThrottling(3, Duration.ofSeconds(2), Duration.ofSeconds(60), 10,
            Duration.ofMinutes(15));

    /** The most failures an account may see in an hour, whatever the settings. */
    public static final int MAXIMUM_FAILURES_PER_HOUR = 100;

    public LoginThrottling {
        if (freeFailures < 0 || freeFailures >= lockAfter || firstDelay.isNegative() || maximumDelay.compareTo(firstDelay) < 0
                || lockFor.compareTo(Duration.ofMinutes(1)) < 0 || worstFailuresPerHour(lockAfter, lockFor) > MAXIMUM_FAILURES_PER_HOUR) {
            throw new IllegalArgumentException("login throttling settings out of range or allowing over " //$NON-NLS-1$
                    + MAXIMUM_FAILURES_PER_HOUR + " failures an hour"); //$NON-NLS-1$
        }
    }

    /** Failures an hour can hold at most: a full series before each lock the hour can contain. */
    private static long worstFailuresPerHour(int lockAfter, Duration lockFor) {
        return lockAfter * (Duration.ofHours(1).toSeconds() / lockFor.toSeconds() + 1);
    }

    /** How long to wait after the given number of failures in a row before the next attempt. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }
}
