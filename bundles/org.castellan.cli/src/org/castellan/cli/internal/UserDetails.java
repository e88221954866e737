package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.model.SessionPolicy;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.PasswordStatus;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan user show|roles|groups} and {@code guest show}: what the User editor shows of a
 * user (for the built-in guest, "enabled" is guest access), read through the services (administrators
 * only, as the editor). Times are ISO-8601 UTC, as {@code user list} prints them.
 */
record UserDetails(UserAdministration users, RoleAdministration roles, GroupAdministration groups, CompanyAdministration companies, AccessControl access,
        AuthenticatedUser actor,
        PrintStream out) {

    /** A role the user holds, given to him directly ({@code group} null) or through a group. */
    private record HeldRole(String role, String group) {
    }

    void run(Invocation invocation) throws AccountException, CommandLineException {
        UserView user = invocation.command() == Command.GUEST_SHOW ? Lookups.guest(users, actor) : Lookups.user(users, actor, invocation.argument(0));
        OutputFormat format = invocation.format();
        switch (invocation.command()) {
            case USER_SHOW, GUEST_SHOW -> TextTable.printFields(out, fields(user), format);
            case USER_ROLES -> printRoles(user, format);
            case USER_GROUPS -> printGroups(user, format);
            default -> throw new IllegalStateException(invocation.command().typed() + " does not show a user"); //$NON-NLS-1$
        }
    }

    /** The Profile tab, then the Rights tab (roles through groups marked with the group), then the rights he holds now. */
    private List<Field> fields(UserView user) throws AccountException {
        PasswordStatus password = users.passwordStatus(actor, user.login());
        String lockedUntil = TextTable.time(user.lockedUntil());
        String expires = TextTable.time(password.expiresAt());
        List<HeldRole> held = heldRoles(user);
        List<HeldRole> throughGroups = held.stream().filter(h -> h.group() != null).toList();
        List<String> rights = access.rightsOf(user.id()).stream().sorted().toList();
        List<Field> fields = new ArrayList<>(List.of(Field.of("login", Messages.showLogin, user.login()), //$NON-NLS-1$
                Field.of("display_name", Messages.showName, TextTable.text(user.displayName())), //$NON-NLS-1$
                Field.of("email", Messages.showEmail, TextTable.text(user.email())), //$NON-NLS-1$
                Field.number("level", Messages.showLevel, user.authorizationLevel()), //$NON-NLS-1$
                Field.flag("enabled", user.guest() ? Messages.showGuestAccess : Messages.showEnabled, user.enabled()), //$NON-NLS-1$
                Field.flag("guest", Messages.showGuest, user.guest()), //$NON-NLS-1$
                Field.flag("external", Messages.showExternal, user.external()), //$NON-NLS-1$
                Field.flag("domain", Messages.showDomain, user.domain()), //$NON-NLS-1$
                new Field("session_policy", Messages.showSession, List.of(session(user.sessionPolicy())), user.sessionPolicy().getName(), //$NON-NLS-1$
                        user.sessionPolicy().getName()),
                new Field("locked_until", Messages.showLocked, //$NON-NLS-1$
                        List.of(lockedUntil.isEmpty() ? Messages.listNo : NLS.bind(Messages.showLockedUntil, lockedUntil)), lockedUntil, user.lockedUntil()),
                new Field("password_expires", Messages.showPasswordExpires, List.of(expires.isEmpty() ? Messages.showPasswordNever //$NON-NLS-1$
                        : password.warn() ? NLS.bind(Messages.showPasswordExpiresSoon, expires) : expires), expires, password.expiresAt()),
                Field.of("last_login", Messages.showLastLogin, TextTable.time(user.lastLogin())), //$NON-NLS-1$
                Field.of("last_failure", Messages.showLastFailure, TextTable.time(user.lastFailure())), //$NON-NLS-1$
                Field.list("groups", Messages.showGroups, user.groups()), //$NON-NLS-1$
                Field.list("roles", Messages.showRoles, user.roles()), //$NON-NLS-1$
                new Field("roles_through_groups", Messages.showRolesThroughGroups, //$NON-NLS-1$
                        throughGroups.stream().map(h -> NLS.bind(Messages.showRoleThroughGroup, h.role(), h.group())).toList(),
                        String.join(",", throughGroups.stream().map(h -> h.role() + " (" + h.group() + ')').toList()), //$NON-NLS-1$ //$NON-NLS-2$
                        throughGroups.stream().map(h -> JsonOutput.object("role", h.role(), "group", h.group())).toList()), //$NON-NLS-1$ //$NON-NLS-2$
                new Field("rights", Messages.showRights, new RightLabels(roles).lines(rights), String.join(",", rights), rights))); //$NON-NLS-1$ //$NON-NLS-2$
        fields.addAll(CompanyCommands.scopeFields(companies.scopeOf(actor, user.login()), rights.contains(AccountService.ADMINISTER_RIGHT))); // the editor's Companies tab
        return fields;
    }

    private static String session(SessionPolicy policy) {
        return policy == SessionPolicy.ONE_TRANSACTION ? Messages.showSessionOneTransaction : Messages.showSessionNormal;
    }

    /** His roles: those given to him first, then those each of his groups gives, in his groups' order. */
    private List<HeldRole> heldRoles(UserView user) throws AccountException {
        Map<String, List<String>> rolesOfGroup = groups.groups().stream().collect(Collectors.toMap(GroupView::name, GroupView::roles));
        List<HeldRole> held = new ArrayList<>(user.roles().stream().map(r -> new HeldRole(r, null)).toList());
        for (String group : user.groups()) {
            rolesOfGroup.getOrDefault(group, List.of()).forEach(r -> held.add(new HeldRole(r, group)));
        }
        return held;
    }

    private void printRoles(UserView user, OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, heldRoles(user), List.of("role", "group"), //$NON-NLS-1$ //$NON-NLS-2$
                h -> Arrays.asList(h.role(), h.group()), List.of(Messages.listRole, Messages.listGivenBy),
                h -> List.of(h.role(), h.group() == null ? Messages.listGivenDirectly : NLS.bind(Messages.listGivenByGroup, h.group())));
    }

    private void printGroups(UserView user, OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, groups.groups().stream().filter(g -> user.groups().contains(g.name())).toList(), List.of("group", "roles"), //$NON-NLS-1$ //$NON-NLS-2$
                g -> List.of(g.name(), g.roles()), List.of(Messages.listGroup, Messages.listRoles),
                g -> List.of(g.name(), TextTable.orNone(String.join(",", g.roles())))); //$NON-NLS-1$
    }
}
