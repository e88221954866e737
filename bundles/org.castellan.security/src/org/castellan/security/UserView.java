package org.castellan.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.castellan.model.SessionPolicy;

/**
 * A user as the administration shows him: profile, rights given to him, and his login record.
 *
 * @param version      the stored version; {@link UserAdministration#updateUser} refuses a change
 *                     made on an older one (another administrator saved in between)
 * @param roles        names of the roles given to him directly
 * @param groups       names of his groups
 * @param lastLogin    his last successful login
 * @param lastFailure  his last failed attempt
 * @param lockedUntil  the end of a lock after too many failures, while it lasts
 *
 * @since 0.1
 */
public record UserView(String id, String login, String displayName, String email, boolean external, boolean domain, boolean guest,
        int authorizationLevel, boolean enabled, SessionPolicy sessionPolicy, List<String> roles, List<String> groups,
        Optional<Instant> lastLogin, Optional<Instant> lastFailure, Optional<Instant> lockedUntil, long version) {

    /** The display name, or the login when there is none. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? login : displayName;
    }
}
