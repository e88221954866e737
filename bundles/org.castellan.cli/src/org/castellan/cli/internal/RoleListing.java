package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;

/**
 * {@code castellan role list|show}: the roles as the Roles view and the Role editor show them, with
 * their holders: the users and the groups given each role (administrators only: the user service
 * refuses anyone else before anything is printed).
 */
record RoleListing(RoleAdministration roles, UserAdministration users, GroupAdministration groups, AuthenticatedUser actor, PrintStream out) {

    private static final List<String> HEADER = List.of("name", "description", "rights", "holders", "predefined"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** Who holds a role: users given it directly, and groups that give it to their members. */
    record Holders(List<String> users, List<String> groups) {

        static Holders of(String role, List<UserView> users, List<GroupView> groups) {
            return new Holders(users.stream().filter(u -> u.roles().contains(role)).map(UserView::login).toList(),
                    groups.stream().filter(g -> g.roles().contains(role)).map(GroupView::name).toList());
        }

        int count() {
            return users.size() + groups.size();
        }
    }

    void run(Invocation invocation) throws AccountException, CommandLineException {
        List<UserView> allUsers = users.users(actor);
        List<GroupView> allGroups = groups.groups();
        switch (invocation.command()) {
            case ROLE_LIST -> list(allUsers, allGroups, invocation.format());
            case ROLE_SHOW -> show(Lookups.role(roles, invocation.argument(0)), allUsers, allGroups, invocation.format());
            default -> throw new IllegalStateException(invocation.command().typed() + " does not show roles"); //$NON-NLS-1$
        }
    }

    private void list(List<UserView> allUsers, List<GroupView> allGroups, OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, roles.roles(), HEADER,
                r -> Arrays.asList(r.name(), TextTable.orNull(r.description()), r.rights().size(), Holders.of(r.name(), allUsers, allGroups).count(),
                        r.predefined()),
                List.of(Messages.listName, Messages.listPredefined, Messages.listRights, Messages.listHolders, Messages.listDescription),
                r -> List.of(r.name(), r.predefined() ? Messages.listYes : Messages.listNo, Integer.toString(r.rights().size()),
                        holders(r, allUsers, allGroups), TextTable.orNone(TextTable.text(r.description()))));
    }

    private static String holders(RoleView role, List<UserView> allUsers, List<GroupView> allGroups) {
        return Integer.toString(Holders.of(role.name(), allUsers, allGroups).count());
    }

    private void show(RoleView role, List<UserView> allUsers, List<GroupView> allGroups, OutputFormat format) throws AccountException {
        Holders holders = Holders.of(role.name(), allUsers, allGroups);
        TextTable.printFields(out, List.of(Field.of("name", Messages.showRole, role.name()), //$NON-NLS-1$
                Field.of("description", Messages.showDescription, TextTable.text(role.description())), //$NON-NLS-1$
                Field.flag("predefined", Messages.showPredefined, role.predefined()), //$NON-NLS-1$
                new Field("rights", Messages.showRights, new RightLabels(roles).lines(role.rights()), String.join(",", role.rights()), role.rights()), //$NON-NLS-1$ //$NON-NLS-2$
                Field.list("users", Messages.showUsers, holders.users()), //$NON-NLS-1$
                Field.list("groups", Messages.showRoleGroups, holders.groups())), format); //$NON-NLS-1$
    }
}
