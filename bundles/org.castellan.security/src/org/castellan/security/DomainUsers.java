package org.castellan.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Domain users as the directory describes them: created from directory entries (without a
 * password: the directory keeps it), and brought in line with the directory by a synchronization
 * (disabled when gone or disabled there, never deleted; group membership following the mapping).
 * Administrators only, checked here; every change journaled with before and after.
 *
 * @since 0.1
 */
public interface DomainUsers {

    /** What the directory holds of one domain user at a synchronization. */
    record DirectoryState(boolean found, boolean enabled, DomainGroups groups) {

        /** Gone from the directory (or no longer matching its user filter). */
        public static final DirectoryState GONE = new DirectoryState(false, false, DomainGroups.NONE);
    }

    /** What a synchronization did. */
    record SyncResult(int checked, int updated, int disabled, List<String> errors) {

        public SyncResult {
            errors = List.copyOf(errors);
        }
    }

    /** A user to create from his directory entry. */
    record DirectoryEntry(String login, String displayName, String email, DomainGroups groups) {
    }

    /** The logins of every domain user, sorted. */
    List<String> domainLogins(AuthenticatedUser actor) throws AccountException;

    /**
     * Applies what the directory holds to every domain user in one transaction: a user absent from
     * {@code states}, not found or disabled there is disabled (his history and rights stay for
     * later); a user found has the membership of the managed groups set as the directory says.
     * Refused, with nothing changed, when it would leave no enabled administrator.
     *
     * @param errors problems met while reading the directory, reported with the result
     */
    SyncResult synchronize(AuthenticatedUser actor, Map<String, DirectoryState> states, List<String> errors) throws AccountException;

    /**
     * Creates domain users from directory entries in one transaction: all or none. No password is
     * kept for them; a login taken, confusable or outside the domain's characters refuses the whole.
     *
     * @param authorizationLevel the level each gets, 0 to 9
     */
    List<AuthenticatedUser> createFromDirectory(AuthenticatedUser actor, List<DirectoryEntry> entries, int authorizationLevel) throws AccountException;

    /** The Castellan group names, for checking a mapping. */
    Optional<String> unknownGroup(java.util.Collection<String> groupNames) throws AccountException;
}
