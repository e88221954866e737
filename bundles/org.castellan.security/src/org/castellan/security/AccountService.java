package org.castellan.security;

/**
 * Accounts of an installation: the first administrator, and login.
 * <p>
 * Published events (OSGi EventAdmin), each with the properties {@code login}, {@code timestamp}
 * and, for failures, {@code reason}:
 * <ul>
 * <li>{@value #TOPIC_ADMINISTRATOR_CREATED}: the first administrator was created;</li>
 * <li>{@value #TOPIC_LOGIN_SUCCEEDED} and {@value #TOPIC_LOGIN_FAILED} (reasons: unknown login, wrong
 * password, disabled, locked, throttled);</li>
 * <li>{@value #TOPIC_ACCOUNT_LOCKED}: failed logins locked an account (see {@link LoginThrottling}).</li>
 * </ul>
 */
public interface AccountService {

    String TOPIC_ADMINISTRATOR_CREATED = "org/castellan/security/user/ADMINISTRATOR_CREATED"; //$NON-NLS-1$
    String TOPIC_LOGIN_SUCCEEDED = "org/castellan/security/login/SUCCEEDED"; //$NON-NLS-1$
    String TOPIC_LOGIN_FAILED = "org/castellan/security/login/FAILED"; //$NON-NLS-1$

    /** An account was locked after too many failures (properties {@code login}, {@code lockedUntil}, {@code failures}). */
    String TOPIC_ACCOUNT_LOCKED = "org/castellan/security/login/LOCKED"; //$NON-NLS-1$

    /** Identifier of the right that lets a user administer accounts and security. */
    String ADMINISTER_RIGHT = "org.castellan.security.administer"; //$NON-NLS-1$

    /** Login of the built-in guest, who has no password. */
    String GUEST_LOGIN = "guest"; //$NON-NLS-1$

    /** The highest authorization level. */
    int MAXIMUM_LEVEL = 9;

    /** Whether the installation has no user yet: the first start must create its administrator. */
    boolean needsFirstAdministrator() throws AccountException;

    /**
     * Creates the installation's first administrator (level 9, the administrator role), and the
     * guest (level 0, the guest role, guest access off). Refused once
     * any user exists: there is no default password, and no way to add an administrator around
     * the existing ones.
     *
     * @throws AccountException with every rule the password breaks, or if users exist already
     */
    AuthenticatedUser createFirstAdministrator(String login, String displayName, char[] password) throws AccountException;

    /**
     * Checks a login and password. The message of a refusal never tells whether the login exists.
     *
     * @throws AccountException if the login is unknown, the password wrong or the user disabled
     */
    AuthenticatedUser authenticate(String login, char[] password) throws AccountException;

    /**
     * Logs in as the installation's guest, without a password. The first start creates the guest
     * with guest access off: an administrator turns it on
     * ({@link UserAdministration#setGuestAccess}).
     *
     * @throws AccountException while guest access is off
     */
    AuthenticatedUser loginAsGuest() throws AccountException;

    /** The rules a new password must follow, for dialogs that check as the user types. */
    PasswordPolicy passwordPolicy();
}
