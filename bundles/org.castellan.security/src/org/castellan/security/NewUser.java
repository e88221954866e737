package org.castellan.security;

import java.util.Set;

import org.castellan.model.SessionPolicy;
import org.castellan.security.CompanyAdministration.CompanyScope;

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
 * @param sessionPolicy      how long his sessions last
 * @param roles              names of the roles given to him at once (in the same transaction)
 * @param groups             names of the groups he joins at once
 * @param scope              the companies he works in and administers, set by a global administrator
 *                           in the same transaction; {@code null}: every company, or, when a
 *                           company-limited administrator creates him, that administrator's companies
 *
 * @since 0.1
 */
public record NewUser(String login, String displayName, String email, boolean external, boolean domain, int authorizationLevel,
        char[] password, SessionPolicy sessionPolicy, Set<String> roles, Set<String> groups, CompanyScope scope) {

    /** A user with these roles and groups, in the companies his creator's scope gives. */
    public NewUser(String login, String displayName, String email, boolean external, boolean domain, int authorizationLevel,
            char[] password, SessionPolicy sessionPolicy, Set<String> roles, Set<String> groups) {
        this(login, displayName, email, external, domain, authorizationLevel, password, sessionPolicy, roles, groups, null);
    }

    /** A user with a normal session policy, no roles and no groups yet. */
    public NewUser(String login, String displayName, String email, boolean external, boolean domain, int authorizationLevel,
            char[] password) {
        this(login, displayName, email, external, domain, authorizationLevel, password, SessionPolicy.NORMAL, Set.of(), Set.of());
    }

    public NewUser {
        sessionPolicy = sessionPolicy == null ? SessionPolicy.NORMAL : sessionPolicy;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
