package org.castellan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a user's password stands against his password policy.
 *
 * @param expiresAt when the password expires; empty when it never does
 * @param warn      whether the login should warn that expiry is near
 *
 * @since 0.1
 */
public record PasswordStatus(Optional<Instant> expiresAt, boolean warn) {

    /** A password that never expires. */
    public static final PasswordStatus NEVER_EXPIRES = new PasswordStatus(Optional.empty(), false);

    /** Whole days left before expiry at {@code now} (0 on the last day), if the password expires. */
    public Optional<Long> daysLeft(Instant now) {
        return expiresAt.map(end -> Math.max(0, Duration.between(now, end).toDays()));
    }
}
