package org.castellan.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles and what they hold, and who holds them. Every method checks in the service that the
 * acting user holds {@link AccountService#ADMINISTER_RIGHT}; every refusal saves nothing.
 * <p>
 * A change that would give the built-in guest a right marked administrative (directly, through a
 * group or through a role he holds) is refused with the right and the way it would come.
 * <p>
 * Publishes {@value #TOPIC_ROLE_CHANGED} (properties {@code role}, {@code actor},
 * {@code timestamp}, {@code change}, and {@code before} / {@code after}: the sorted right ids, or
 * the role names of a user) for the audit journal.
 *
 * @since 0.1
 */
public interface RoleAdministration {

    String TOPIC_ROLE_CHANGED = "org/castellan/security/role/CHANGED"; //$NON-NLS-1$

    /** The roles, by name, with the rights each holds (right ids, in the role's order). */
    List<RoleView> roles() throws AccountException;

    /**
     * A role as administrators see it.
     *
     * @param version the stored version; {@link #updateRole} refuses a change made on an older one
     */
    record RoleView(String name, String description, boolean predefined, List<String> rights, long version) {
    }

    /**
     * How a predefined role reads in this program's language.
     *
     * @param name        the name its bundle declares, translated
     * @param description what it is for, translated
     * @since 0.1
     */
    record RoleLabel(String name, String description) {
    }

    /**
     * How the predefined roles read in this program's language, by their stored name: the name and
     * description their bundles declare now, translated as the bundles' string tables are. A
     * role keeps its stored name as its identity (what is assigned, exported, journaled); screens
     * show this label. Roles made by administrators are not in it: their names are their own.
     *
     * @since 0.1
     */
    Map<String, RoleLabel> predefinedLabels() throws AccountException;

    /**
     * A right the installation knows.
     *
     * @param declared       whether an installed bundle declares it now; a right whose bundle was
     *                       uninstalled stays in the roles that hold it, shown as such, never dropped
     * @param administrative whether it administers the installation: the guest never holds it
     *                       (since 0.1)
     */
    record RightView(String id, String label, String category, String description, boolean declared, boolean administrative) {

        /** A right that does not administer the installation. */
        public RightView(String id, String label, String category, String description, boolean declared) {
            this(id, label, category, description, declared, false);
        }
    }

    /** Every right the installation knows, declared now or before, sorted by category and label. */
    List<RightView> rights() throws AccountException;

    /**
     * Saves a role in one transaction: new name, description and the complete set of rights.
     * Refused, with nothing saved, when another administrator saved the role since
     * {@code version} was read, when the new name is taken, or when a right id is unknown.
     * A predefined role keeps its name.
     */
    void updateRole(AuthenticatedUser actor, String name, long version, String newName, String description, Set<String> rightIds)
            throws AccountException;

    /**
     * What {@link #updateRole} would refuse under the guest rule if the role were saved with this
     * name and exactly these rights: each new way the guest would hold a right marked
     * administrative (the first is the refusal's message), none when it may be saved. Nothing is
     * saved; an editor asks it to explain the rule before Save. Administrators only; an unknown role
     * or right is refused.
     *
     * @since 0.1
     */
    List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, String name, String newName, Set<String> rightIds) throws AccountException;

    /** Creates a role holding the given rights; every right id must be known to the installation. */
    void createRole(AuthenticatedUser actor, String name, String description, Set<String> rightIds) throws AccountException;

    /**
     * Makes this installation's roles match those of another one (a central's package): each role
     * given is created, or its description and rights replaced; roles not given are left alone. One
     * transaction: a name, a description or a right this installation does not know refuses all.
     *
     * @param roles by role: its name, description and rights (the other fields of the views are ignored)
     */
    void applyRoles(AuthenticatedUser actor, List<RoleView> roles) throws AccountException;

    /** Copies a role (predefined or not) under a new name; the copy is never predefined. */
    void copyRole(AuthenticatedUser actor, String name, String copyName) throws AccountException;

    /** Deletes a role made by administrators; predefined roles cannot be deleted (copy them instead). */
    void deleteRole(AuthenticatedUser actor, String name) throws AccountException;

    /** Gives a right to a role, dated now; every member of the role gets it. */
    void grant(AuthenticatedUser actor, String roleName, String rightId) throws AccountException;

    /** Takes a right from a role. */
    void revoke(AuthenticatedUser actor, String roleName, String rightId) throws AccountException;

    /** Gives a role to a user, dated now. */
    void assign(AuthenticatedUser actor, String login, String roleName) throws AccountException;
}
