package org.castellan.directory;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;

/**
 * The installation's directory (LDAP, Active Directory), as administrators set it up: its settings
 * are the {@code directory.*} installation settings; the service account's password is kept in the
 * installation folder, readable only by its owner, like the database credentials: never shown and
 * never journaled in clear. Every method checks in the service that the acting user holds
 * {@link org.castellan.security.AccountService#ADMINISTER_RIGHT}.
 *
 * @since 0.1
 */
public interface DirectoryService {

    /** Journaled when the service account's password is set or removed (properties {@code actor}, {@code timestamp}, {@code set}); never the password. */
    String TOPIC_SERVICE_PASSWORD_CHANGED = "org/castellan/directory/SERVICE_PASSWORD_CHANGED"; //$NON-NLS-1$

    /** The settings that apply now. */
    DirectorySettings settings(AuthenticatedUser actor) throws AccountException;

    /**
     * Tries the directory as a login would and says what works and what does not: each URL
     * (unreachable, TLS failure), the service account (wrong password), and, when given, whether
     * {@code sampleLogin} is found.
     */
    ConnectionReport testConnection(AuthenticatedUser actor, Optional<String> sampleLogin) throws AccountException;

    /**
     * Sets the service account's password, or removes it when {@code password} is empty; the
     * caller overwrites the array once done. Journaled without the password.
     */
    void setServicePassword(AuthenticatedUser actor, char[] password) throws AccountException;

    /** Whether the service account's password is set. */
    boolean servicePasswordSet(AuthenticatedUser actor) throws AccountException;
}
