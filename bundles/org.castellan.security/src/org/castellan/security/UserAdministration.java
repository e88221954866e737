package org.castellan.security;

/**
 * Creating users. Every method checks in the service, not only in the UI, that the acting user
 * holds {@link AccountService#ADMINISTER_RIGHT}.
 * <p>
 * Publishes {@value #TOPIC_USER_CREATED} (properties {@code login}, {@code actor},
 * {@code timestamp}, {@code external}, {@code level}).
 */
public interface UserAdministration {

    String TOPIC_USER_CREATED = "org/castellan/security/user/CREATED"; //$NON-NLS-1$

    /** An administrator lifted a lock on an account (properties {@code login}, {@code actor}, {@code timestamp}). */
    String TOPIC_USER_UNLOCKED = "org/castellan/security/user/UNLOCKED"; //$NON-NLS-1$

    /** Installation setting: licence seats (a number; absent means unlimited). */
    String SETTING_SEATS = "security.licence.seats"; //$NON-NLS-1$

    /** Installation setting: the characters a domain user's login may use, as a regular-expression class body. */
    String SETTING_DOMAIN_CHARACTERS = "security.domain.login.characters"; //$NON-NLS-1$

    /** Without the setting: ASCII letters and digits, dot, underscore and hyphen (no accented or Polish letters). */
    String DEFAULT_DOMAIN_CHARACTERS = "A-Za-z0-9._-"; //$NON-NLS-1$

    /**
     * Checks that a login can be given to a new user, before the rest of the form: not taken, not
     * confusable with an existing login (differing only by letter case or accents), and within
     * the allowed characters for a domain user.
     */
    void checkLoginAvailable(AuthenticatedUser actor, String login, boolean domain) throws AccountException;

    /**
     * Creates a user with every check of {@link #checkLoginAvailable}, the password rules, the
     * field lengths and the licence seats; nothing is saved when any fails.
     */
    AuthenticatedUser createUser(AuthenticatedUser actor, NewUser user) throws AccountException;

    /** Guest access was turned on or off (properties {@code enabled}, {@code actor}, {@code timestamp}). */
    String TOPIC_GUEST_ACCESS = "org/castellan/security/user/GUEST_ACCESS"; //$NON-NLS-1$

    /** Turns logging in without a password, as the guest, on or off. */
    void setGuestAccess(AuthenticatedUser actor, boolean enabled) throws AccountException;

    /** Lifts the lock failed logins put on an account, and forgets those failures. */
    void unlock(AuthenticatedUser actor, String login) throws AccountException;

    /** The licence seats and how many are taken. */
    Seats seats() throws AccountException;
}
