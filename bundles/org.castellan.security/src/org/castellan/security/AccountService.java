package org.castellan.security;

import java.util.Optional;

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
 *
 * @since 0.1
 */
public interface AccountService {

    String TOPIC_ADMINISTRATOR_CREATED = "org/castellan/security/user/ADMINISTRATOR_CREATED"; //$NON-NLS-1$
    String TOPIC_LOGIN_SUCCEEDED = "org/castellan/security/login/SUCCEEDED"; //$NON-NLS-1$
    String TOPIC_LOGIN_FAILED = "org/castellan/security/login/FAILED"; //$NON-NLS-1$

    /** An account was locked after too many failures (properties {@code login}, {@code lockedUntil}, {@code failures}). */
    String TOPIC_ACCOUNT_LOCKED = "org/castellan/security/login/LOCKED"; //$NON-NLS-1$

    /** A user changed his own password: {@code login}, {@code timestamp}. */
    String TOPIC_PASSWORD_CHANGED = "org/castellan/security/user/PASSWORD_CHANGED"; //$NON-NLS-1$

    /** A session must end (one-transaction policy): {@code login}, {@code userId}, {@code reason}, {@code timestamp}. */
    String TOPIC_SESSION_END_REQUESTED = "org/castellan/security/session/END_REQUESTED"; //$NON-NLS-1$

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
     * Checks a login and password. The message of a refusal never tells whether the login exists;
     * only someone who typed the right password learns that the account is disabled or expired.
     *
     * @throws AccountException if the login is unknown, the password wrong or the user disabled
     * @throws PasswordExpiredException if the password was right but has expired
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

    /**
     * Whether the built-in guest may log in (read from the {@code users} table: the guest row's
     * enabled flag), so that a login dialog offers the guest only where
     * {@link #loginAsGuest} would accept him.
     */
    boolean guestAccess() throws AccountException;

    /**
     * The rules of the installation's password policy, for dialogs that check as the user types
     * before any user exists; {@link PasswordPolicyAdministration#policyFor} gives one user's.
     */
    PasswordPolicy passwordPolicy();

    /**
     * The owner of an account changes his password; he proves who he is with the current one (a
     * wrong one counts as a failed login). The new password follows the strictest policy of the
     * installation and his groups and differs from the current one. Published on
     * {@link #TOPIC_PASSWORD_CHANGED}. Works on an expired password: that is how it is renewed.
     *
     * @throws AccountException with every rule the new password breaks, or as {@link #authenticate}
     */
    void changePassword(String login, char[] currentPassword, char[] newPassword) throws AccountException;

    /**
     * Whether the user's password is Castellan's to change: false for a domain user (the directory
     * keeps and changes his password; {@link #changePassword} refuses him) and for the guest (none).
     * Screens hide or disable their Change Password for him; the service refuses it anyway.
     */
    boolean passwordChangeable(AuthenticatedUser user) throws AccountException;

    /**
     * What the directory warned of at this domain user's last login through this service (his
     * expired password's grace logins left, his password about to expire: OpenLDAP's password
     * policy), translated, for the login to show at once; empty when it warned of nothing.
     */
    Optional<String> loginNotice(AuthenticatedUser user);

    /** Whether the user's password expires, when, and whether the login should warn about it. */
    PasswordStatus passwordStatus(AuthenticatedUser user) throws AccountException;

    /**
     * Called by the host application when the user closes a sale or a transaction. For a user with
     * the "one transaction" session policy this ends the session: {@link #TOPIC_SESSION_END_REQUESTED}
     * is posted (the workbench listens and asks for the next login) and the method returns true.
     * For other users nothing happens and it returns false.
     */
    boolean transactionClosed(AuthenticatedUser user) throws AccountException;
}
