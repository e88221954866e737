package org.castellan.security;

import java.util.Objects;

/**
 * Checks a domain user's password against the installation's directory (LDAP, Active Directory),
 * so that Castellan never keeps it. The account services use it, when one is registered as an OSGi
 * service, for every user whose {@code domain} flag is set; Castellan's own throttling and locks
 * apply around it. An implementation never binds anonymously and keeps nothing it is given.
 *
 * @since 0.1
 */
public interface DirectoryAuthenticator {

    /** How the directory answered a login. */
    enum Result {
        /** The directory accepted the password. */
        ACCEPTED,
        /** Wrong password, or no such user in the directory: counted as a failed login. */
        REFUSED,
        /** The directory says the account is disabled. */
        DISABLED,
        /** The directory says the account is locked. */
        LOCKED,
        /** The directory says the password expired (or must be changed first). */
        PASSWORD_EXPIRED,
        /** No directory is configured for the installation. */
        NOT_CONFIGURED,
        /** No directory server answered, or the connection could not be secured. */
        UNAVAILABLE
    }

    /**
     * A directory's answer.
     *
     * @param message what to tell the user (translated): why he is refused, or for {@link Result#ACCEPTED}
     *                what the directory warned of (grace logins left on an expired password, a password
     *                about to expire); empty when there is nothing to say
     * @param groups  for an accepted login, the mapped Castellan groups and those of them he belongs
     *                to in the directory; {@link DomainGroups#NONE} when no mapping applies
     */
    record Outcome(Result result, String message, DomainGroups groups) {

        public Outcome {
            Objects.requireNonNull(result);
            message = message == null ? "" : message; //$NON-NLS-1$
            groups = groups == null ? DomainGroups.NONE : groups;
        }

        public Outcome(Result result, String message) {
            this(result, message, DomainGroups.NONE);
        }

        public boolean accepted() {
            return result == Result.ACCEPTED;
        }
    }

    /**
     * Checks {@code password} for the directory account {@code login} names: the service account
     * finds it, then a bind as that account with the password. Never throws for what the directory
     * answers; reads but does not keep the password.
     *
     * @param password not empty: callers refuse an empty password before asking
     */
    Outcome authenticate(String login, char[] password);
}
