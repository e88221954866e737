package org.castellan.security;

import java.util.Objects;

/**
 * A user whose password was checked.
 *
 * @param id                 the user's stable identifier
 * @param login              the login as stored
 * @param displayName        the name to show
 * @param authorizationLevel 0 to 9
 *
 * @since 0.1
 */
public record AuthenticatedUser(String id, String login, String displayName, int authorizationLevel) {

    public AuthenticatedUser {
        Objects.requireNonNull(id);
        Objects.requireNonNull(login);
    }

    /** The display name, or the login when the user has none. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? login : displayName;
    }
}
