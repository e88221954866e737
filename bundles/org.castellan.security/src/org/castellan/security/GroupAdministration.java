package org.castellan.security;

import java.util.List;
import java.util.Set;

/**
 * Groups of users: a role given to a group is given to every member. Every method checks in the
 * service that the acting user holds {@link AccountService#ADMINISTER_RIGHT}; every refusal saves
 * nothing.
 * <p>
 * A change that would give the built-in guest a right marked administrative (directly, through a
 * group or through a role he holds) is refused with the right and the way it would come.
 * <p>
 * Publishes {@value #TOPIC_GROUP_CHANGED} (properties {@code group}, {@code actor},
 * {@code timestamp}, {@code change}, and {@code before} / {@code after}: the sorted member logins,
 * or the group's role names) for the audit journal.
 *
 * @since 0.1
 */
public interface GroupAdministration {

    String TOPIC_GROUP_CHANGED = "org/castellan/security/group/CHANGED"; //$NON-NLS-1$

    /**
     * A group as administrators see it.
     *
     * @param version the stored version; {@link #updateGroup} refuses a change made on an older one
     */
    record GroupView(String name, String description, List<String> roles, List<String> members, long version) {
    }

    /**
     * Saves a group in one transaction: new name, description, and the complete sets of roles and
     * members (logins). Refused, with nothing saved, when another administrator saved the group
     * since {@code version} was read, when the name is taken, or when a role or login is unknown.
     */
    void updateGroup(AuthenticatedUser actor, String name, long version, String newName, String description, Set<String> roles,
            Set<String> members) throws AccountException;

    /**
     * What {@link #updateGroup} would refuse under the guest rule if the group were saved with this
     * name, these roles and these members: each new way the guest would hold a right marked
     * administrative (the first is the refusal's message), none when it may be saved. Nothing is
     * saved; an editor asks it to explain the rule before Save. Administrators only; an unknown
     * group, role or login is refused.
     *
     * @since 0.1
     */
    List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, String name, String newName, Set<String> roles, Set<String> members)
            throws AccountException;

    List<GroupView> groups() throws AccountException;

    /**
     * A page of the groups list ({@link #groups(AuthenticatedUser, String, int)}): the first groups,
     * in natural order of name, of those that match, and how many match in all.
     *
     * @since 0.1
     */
    record GroupPage(List<GroupView> groups, int matching) {

        public GroupPage {
            groups = List.copyOf(groups);
        }

        /** Whether the page holds every group that matches. */
        public boolean complete() {
            return groups.size() == matching;
        }
    }

    /**
     * The first {@code limit} groups, in natural order of name, whose name, description, one of
     * whose roles' names or one of whose members' logins contains {@code filter} (in any case; every
     * group when it is empty), each with its roles and members, and how many match: what the groups
     * view lists, read from the rows of those groups, not from the whole model, so that the list
     * costs the same with 100,000 users as with ten. Administrators only.
     *
     * @since 0.1
     */
    GroupPage groups(AuthenticatedUser actor, String filter, int limit) throws AccountException;

    void createGroup(AuthenticatedUser actor, String name, String description) throws AccountException;

    /** Creates a group with its roles and members in one transaction (a copy made with Save As). */
    void createGroup(AuthenticatedUser actor, String name, String description, Set<String> roles, Set<String> members) throws AccountException;

    /** Deletes a group; its members lose the roles they held through it. */
    void deleteGroup(AuthenticatedUser actor, String name) throws AccountException;

    /** Makes a user a member, dated now. */
    void addMember(AuthenticatedUser actor, String groupName, String login) throws AccountException;

    void removeMember(AuthenticatedUser actor, String groupName, String login) throws AccountException;

    /** Gives a role to the group, dated now: every member holds its rights. */
    void assignRole(AuthenticatedUser actor, String groupName, String roleName) throws AccountException;
}
