package org.castellan.security;

import java.util.Set;

import org.castellan.model.SessionPolicy;

/**
 * Everything an administrator may change of a user in one save (the login stays: it is how the
 * user is known in the journal). Roles and groups are the complete new sets.
 *
 * @param version the {@link UserView#version()} the change was made on
 *
 * @since 0.1
 */
public record UserChange(String login, long version, String displayName, String email, boolean external, int authorizationLevel,
        boolean enabled, SessionPolicy sessionPolicy, Set<String> roles, Set<String> groups) {

    /** The change that leaves {@code user} as he is, to adjust with the {@code with} methods. */
    public static UserChange of(UserView user) {
        return new UserChange(user.login(), user.version(), user.displayName(), user.email(), user.external(), user.authorizationLevel(),
                user.enabled(), user.sessionPolicy(), Set.copyOf(user.roles()), Set.copyOf(user.groups()));
    }

    /** The name and e-mail address as given (blank for none), the rest as it is. */
    public UserChange withProfile(String newDisplayName, String newEmail) {
        return new UserChange(login, version, newDisplayName, newEmail, external, authorizationLevel, enabled, sessionPolicy, roles, groups);
    }

    public UserChange withAuthorizationLevel(int newLevel) {
        return new UserChange(login, version, displayName, email, external, newLevel, enabled, sessionPolicy, roles, groups);
    }

    public UserChange withRoles(Set<String> newRoles) {
        return new UserChange(login, version, displayName, email, external, authorizationLevel, enabled, sessionPolicy, newRoles, groups);
    }

    public UserChange withGroups(Set<String> newGroups) {
        return new UserChange(login, version, displayName, email, external, authorizationLevel, enabled, sessionPolicy, roles, newGroups);
    }

    public UserChange withEnabled(boolean newEnabled) {
        return new UserChange(login, version, displayName, email, external, authorizationLevel, newEnabled, sessionPolicy, roles, groups);
    }
}
