package org.castellan.security;

/**
 * What an administrator types to create a user.
 *
 * @param login              as typed; case-sensitive
 * @param displayName        may be empty
 * @param email              may be empty; required for external users
 * @param external           a customer or partner: listed apart, not counted against licence seats
 * @param domain             the login must use only the installation's allowed characters
 * @param authorizationLevel 0 to 9
 * @param password           the first password; the user may change it later
 */
public record NewUser(String login, String displayName, String email, boolean external, boolean domain, int authorizationLevel,
        char[] password) {
}
