package org.castellan.menu;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.store.Transaction;

/**
 * Authorization levels of the workbench's contributions: what each user may see and open, the
 * administrator's changes (Main menu definition), the supervisor's password for options that ask
 * for it, and the packages a central sends its centres.
 * <p>
 * Hiding is done by the UI; this service is the security: {@link #require} refuses a user below an
 * option's level whoever calls it (a key binding, another plug-in, a script).
 * <p>
 * Events (EventAdmin), each with {@code timestamp}: {@value #TOPIC_CHANGED} ({@code actor},
 * {@code revision}, {@code before}, {@code after}); {@value #TOPIC_STEP_UP_SUCCEEDED} and
 * {@value #TOPIC_STEP_UP_FAILED} ({@code login}, {@code supervisor}, {@code option}, and {@code reason}
 * for failures); {@value #TOPIC_PACKAGE_IMPORTED} ({@code actor}, {@code version}); {@value #TOPIC_REFUSED}
 * ({@code login}, {@code option}, {@code contribution}, {@code reason}, {@code message}).
 * <p>
 * An option is allowed when the user's level (as stored now) is at or above the option's AND he
 * holds every right it requires (through his roles, directly or by his groups).
 *
 * @since 0.1
 */
public interface MenuLevels {

    int MAXIMUM_LEVEL = 9;

    String TOPIC_CHANGED = "org/castellan/menu/CHANGED"; //$NON-NLS-1$
    String TOPIC_STEP_UP_SUCCEEDED = "org/castellan/menu/stepup/SUCCEEDED"; //$NON-NLS-1$
    String TOPIC_STEP_UP_FAILED = "org/castellan/menu/stepup/FAILED"; //$NON-NLS-1$
    String TOPIC_PACKAGE_IMPORTED = "org/castellan/menu/package/IMPORTED"; //$NON-NLS-1$
    /** A user was refused an option: {@code login}, {@code option}, {@code contribution}, {@code reason} (an {@link OptionDecision.Reason}), {@code message}. */
    String TOPIC_REFUSED = "org/castellan/menu/REFUSED"; //$NON-NLS-1$

    /** The option of the Main menu definition itself (and of exporting and importing packages). */
    String DEFINITION_OPTION = "org.castellan.menu.definition"; //$NON-NLS-1$

    /** The main menu in force now (after this or another workstation's last change). */
    MenuDefinition definition() throws MenuException;

    /** A counter every change moves on: a workstation whose copy is older reloads. */
    long revision() throws MenuException;

    /** What the user, at his current level and with his current rights, may see. */
    VisibleSet visibleTo(AuthenticatedUser user) throws MenuException;

    /**
     * Whether the user, at his level and with his rights as stored now, may open the option or the
     * contribution (an option's own id, or an id an option covers: see
     * {@link MenuDefinition#deciding}), and if not why. Only a question: nothing is journaled (see
     * {@link #require}).
     */
    OptionDecision decide(AuthenticatedUser user, String contributionId) throws MenuException;

    /**
     * Checks that the user, at his level and with his rights as stored now, may open the
     * contribution; a refusal is journaled ({@value #TOPIC_REFUSED}) before it is thrown.
     *
     * @return the option that decides it, null when none covers it
     * @throws MenuException with {@link OptionDecision#message()}, when he may not
     */
    OptionState require(AuthenticatedUser user, String contributionId) throws MenuException;

    /**
     * The supervisor step-up of an option that asks for the password: checks {@link #require}, then
     * that the login and password are those of an enabled user of the maximum level. Published on
     * {@value #TOPIC_STEP_UP_SUCCEEDED} or {@value #TOPIC_STEP_UP_FAILED}; a wrong password counts as
     * that login's failed login.
     */
    void stepUp(AuthenticatedUser user, String contributionId, String supervisorLogin, char[] password) throws MenuException;

    /**
     * Saves an administrator's changes, all or nothing.
     *
     * @param expectedRevision the {@link #revision()} the editor showed: refused when someone saved since
     * @throws MenuException for a level outside 0-9, an unknown option, an essential option raised above
     *                       0, a user without the right to administer security or below the definition's level
     */
    void save(AuthenticatedUser admin, List<LevelChange> changes, long expectedRevision) throws MenuException;

    /**
     * Why {@link #save} would refuse a change of one option: a level outside 0 to 9, an option no
     * installed bundle declares, an essential option raised, expert details out of range, a right no
     * installed bundle declares. Empty when it may be saved; nothing is read but the definition.
     *
     * @since 0.1
     */
    Optional<String> problem(LevelChange change) throws MenuException;

    /**
     * The administrators' overrides as stored now, read in {@code tx}, by option id (see
     * {@link MenuDefinition#overrideOf}).
     *
     * @since 0.1
     */
    Map<String, LevelChange> overrides(Transaction tx) throws MenuException;

    /**
     * Makes the overrides exactly these, within an administrator's change already begun in its
     * transaction (configuration as code applies a whole file in one): every option not given goes
     * back to its declaration. Checked as {@link #save} checks a change, and refused, with nothing
     * written, for an administrator limited to some companies or one who may not open the main menu
     * definition. When anything changed, the revision moves on and {@value #TOPIC_CHANGED} is
     * journaled in that transaction.
     *
     * @return whether any override changed
     * @since 0.1
     */
    boolean replaceOverrides(SecurityRules.Change change, Collection<LevelChange> overrides) throws MenuException;

    /** Sets the level of contributions no option covers (0 to 9). */
    void setDefaultLevel(AuthenticatedUser admin, int level) throws MenuException;

    /** Whether this installation is the central or a centre (see {@link Site}). */
    Site site() throws MenuException;

    void setSite(AuthenticatedUser admin, Site site) throws MenuException;

    /**
     * The central's package for its centres: every override and the default level, with a version
     * one higher than the last exported and a SHA-256 digest of its content.
     */
    default byte[] exportPackage(AuthenticatedUser admin) throws MenuException {
        return exportPackage(admin, false);
    }

    /**
     * The same, with, when asked, every role of the central and its rights: a centre importing it
     * creates the roles it lacks and gives the others exactly those rights (roles only the centre
     * has are left alone).
     */
    byte[] exportPackage(AuthenticatedUser admin, boolean withRoles) throws MenuException;

    /**
     * Applies a central's package on a centre, replacing its overrides and default level in one
     * transaction. Refused (nothing applied) when damaged, not newer than the one applied last, or
     * on a central.
     *
     * @return what was applied
     */
    PackageSummary importPackage(AuthenticatedUser admin, byte[] content) throws MenuException;

    /** The version of the last package applied (on a centre) or exported (on the central); 0 for none. */
    long packageVersion() throws MenuException;
}
