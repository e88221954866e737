package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.UserAdministration;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan group list|create|delete|add|remove|assign|unassign}: the group service checks
 * the acting user's right, refuses unknown groups, logins and roles, and journals each change; this
 * class says what happened, and when nothing had to.
 */
record GroupCommands(GroupAdministration groups, UserAdministration users, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    private static final List<String> HEADER = List.of("name", "roles", "members", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    void run(Invocation invocation) throws AccountException, CommandLineException {
        switch (invocation.command()) {
            case GROUP_LIST -> list(invocation.format());
            case GROUP_CREATE -> {
                groups.createGroup(actor, invocation.argument(0), invocation.value(Invocation.DESCRIPTION).orElse(null));
                err.println(NLS.bind(Messages.groupCreated, invocation.argument(0).strip()));
            }
            case GROUP_DELETE -> {
                GroupView group = group(invocation.argument(0));
                groups.deleteGroup(actor, group.name());
                err.println(NLS.bind(Messages.groupDeleted, group.name(), group.members().size()));
            }
            case GROUP_ADD, GROUP_REMOVE -> member(invocation.argument(0), invocation.argument(1), invocation.command() == Command.GROUP_ADD);
            case GROUP_ASSIGN, GROUP_UNASSIGN -> role(invocation.argument(0), invocation.argument(1), invocation.command() == Command.GROUP_ASSIGN);
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a group command"); //$NON-NLS-1$
        }
    }

    private void list(OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, groups.groups(), HEADER, g -> Arrays.asList(g.name(), g.roles(), g.members(), g.description()),
                List.of(Messages.listName, Messages.listRoles, Messages.listMembers),
                g -> List.of(g.name(), TextTable.orNone(String.join(",", g.roles())), TextTable.orNone(String.join(",", g.members())))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A member joins or leaves; when he already was, or was not, one, the service is not asked (it
     * would journal a change that changed nothing), but an unknown login is still refused.
     */
    private void member(String groupName, String login, boolean add) throws AccountException {
        boolean member = group(groupName).members().contains(login);
        if (member == add) {
            users.user(actor, login);
            err.println(NLS.bind(add ? Messages.memberAlready : Messages.memberNot, login, groupName));
        } else if (add) {
            groups.addMember(actor, groupName, login);
            err.println(NLS.bind(Messages.memberAdded, login, groupName));
        } else {
            groups.removeMember(actor, groupName, login);
            err.println(NLS.bind(Messages.memberRemoved, login, groupName));
        }
    }

    /** A role given to, or taken from, the group; taking one saves the group as its editor would. */
    private void role(String groupName, String role, boolean assign) throws AccountException {
        GroupView group = group(groupName);
        boolean held = group.roles().contains(role);
        if (assign && held) {
            err.println(NLS.bind(Messages.groupRoleAlready, role, groupName));
            return;
        }
        if (assign) {
            groups.assignRole(actor, groupName, role); // the service refuses an unknown role
            err.println(NLS.bind(Messages.groupRoleAssigned, role, groupName));
            return;
        }
        if (!held) {
            err.println(NLS.bind(Messages.groupRoleNot, role, groupName));
            return;
        }
        Set<String> roles = new HashSet<>(group.roles());
        roles.remove(role);
        groups.updateGroup(actor, group.name(), group.version(), group.name(), group.description(), roles, Set.copyOf(group.members()));
        err.println(NLS.bind(Messages.groupRoleUnassigned, role, groupName));
    }

    private GroupView group(String name) throws AccountException {
        return find(groups, name);
    }

    /** A group by its name, refused with the installation's groups when there is none such. */
    static GroupView find(GroupAdministration groups, String name) throws AccountException {
        List<GroupView> all = groups.groups();
        return all.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() -> new AccountException(
                NLS.bind(Messages.groupUnknown, name, String.join(", ", all.stream().map(GroupView::name).toList())))); //$NON-NLS-1$
    }
}
