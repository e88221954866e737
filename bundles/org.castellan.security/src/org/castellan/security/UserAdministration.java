package org.castellan.security;

import java.util.List;

/**
 * Listing, creating and changing users. Every method checks in the service, not only in the UI,
 * that the acting user holds {@link AccountService#ADMINISTER_RIGHT}; users' personal data (e-mail
 * addresses of external users) is not shown to anyone else either.
 * <p>
 * A change that would give the built-in guest a right marked administrative (directly, through a
 * group or through a role he holds) is refused with the right and the way it would come.
 * <p>
 * Publishes {@value #TOPIC_USER_CREATED} (properties {@code login}, {@code actor},
 * {@code timestamp}, {@code external}, {@code level}), {@value #TOPIC_USER_CHANGED} and
 * {@value #TOPIC_PASSWORD_RESET}.
 *
 * @since 0.1
 */
public interface UserAdministration {

    /**
     * A user was changed (properties {@code login}, {@code actor}, {@code timestamp}, {@code before}
     * and {@code after}: the changed fields as "name: value" lines, roles and groups by name).
     */
    String TOPIC_USER_CHANGED = "org/castellan/security/user/CHANGED"; //$NON-NLS-1$

    /** An administrator set a user's password (properties {@code login}, {@code actor}, {@code timestamp}). */
    String TOPIC_PASSWORD_RESET = "org/castellan/security/user/PASSWORD_RESET"; //$NON-NLS-1$

    /** Every user, the guest included, sorted by login. */
    List<UserView> users(AuthenticatedUser actor) throws AccountException;

    /**
     * The users whose login, name, e-mail address, or the name of a role given to them or of their
     * group, contains {@code filter} (any case; empty: every user): at most {@code limit} of those
     * with a seat and {@code limit} external ones, the first in natural order of login, with how many
     * match in all. Reads only the listed users' part of the installation, so that the users view
     * of an installation of 100,000 users shows its first page without reading them all.
     *
     * @param limit at least 1
     * @since 0.1
     */
    UserPage users(AuthenticatedUser actor, String filter, int limit) throws AccountException;

    /** One user. */
    UserView user(AuthenticatedUser actor, String login) throws AccountException;

    /**
     * Saves a change of a user in one transaction. Refused, with nothing saved, when another
     * administrator saved the user since {@link UserChange#version()} was read, when a field is
     * invalid, when turning an external user internal needs a seat there is not, or when the
     * installation would be left without an enabled administrator.
     */
    void updateUser(AuthenticatedUser actor, UserChange change) throws AccountException;

    /**
     * {@link #updateUser(AuthenticatedUser, UserChange)} and, in the same transaction, where he works
     * and what he administers (see {@link CompanyAdministration#setScope}): saved together or not at
     * all, as the user editor saves its tabs.
     */
    void updateUser(AuthenticatedUser actor, UserChange change, CompanyAdministration.CompanyScope scope) throws AccountException;

    /**
     * What {@link #updateUser} would refuse under the guest rule if the change were saved: for the
     * guest, each new way he would hold a right marked administrative through the roles and groups
     * it gives him, or because it turns guest access on (the first is the refusal's message); none
     * when it may be saved, and always none for anyone else. Nothing is saved; an editor asks it to
     * explain the rule before Save. Administrators only.
     *
     * @since 0.1
     */
    List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, UserChange change) throws AccountException;

    /** Enables or disables a user (a disabled user cannot log in and keeps his rights for later). */
    void setEnabled(AuthenticatedUser actor, String login, boolean enabled) throws AccountException;

    /**
     * Sets a user's password, for one who forgot his: it is never shown, only replaced. The new
     * password follows the user's policy; a lock after failed logins is lifted with it.
     */
    void setPassword(AuthenticatedUser actor, String login, char[] newPassword) throws AccountException;

    String TOPIC_USER_CREATED = "org/castellan/security/user/CREATED"; //$NON-NLS-1$

    /** An administrator lifted a lock on an account (properties {@code login}, {@code actor}, {@code timestamp}). */
    String TOPIC_USER_UNLOCKED = "org/castellan/security/user/UNLOCKED"; //$NON-NLS-1$

    /** Installation setting: licence seats (a number; absent means unlimited). */
    String SETTING_SEATS = "security.licence.seats"; //$NON-NLS-1$

    /** Installation setting: the characters a domain user's login may use, as a regular-expression class body. */
    String SETTING_DOMAIN_CHARACTERS = "security.domain.login.characters"; //$NON-NLS-1$

    /**
     * Installation setting: whether the guest may log in; it is the guest's account being enabled.
     *
     * @since 0.1
     */
    String SETTING_GUEST_ACCESS = "security.guest.access"; //$NON-NLS-1$

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

    /**
     * Where a user's password stands against the policy that applies to him (the strictest of the
     * installation's and his groups'): when it expires, and whether his login warns about it. The
     * guest, who has no password, never expires. Administrators only; nothing is journaled.
     *
     * @since 0.1
     */
    PasswordStatus passwordStatus(AuthenticatedUser actor, String login) throws AccountException;

    /** The licence seats and how many are taken. */
    Seats seats() throws AccountException;
}
