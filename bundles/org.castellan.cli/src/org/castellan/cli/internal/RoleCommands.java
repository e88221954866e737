package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan role create|grant|revoke|assign|unassign|copy|delete}: each change goes to the security
 * services, which check the acting user's right, refuse unknown roles, rights and logins, and
 * journal the change; this class only says what happened, and when nothing had to.
 */
record RoleCommands(RoleAdministration roles, UserAdministration users, GroupAdministration groups, AuthenticatedUser actor, PrintStream err) {

    void run(Invocation invocation) throws AccountException, CommandLineException {
        switch (invocation.command()) {
            case ROLE_CREATE -> create(invocation.argument(0), invocation.value(Invocation.DESCRIPTION).orElse(null), invocation.rights());
            case ROLE_GRANT, ROLE_REVOKE -> changeRight(invocation.argument(0), invocation.argument(1), invocation.command() == Command.ROLE_GRANT);
            case ROLE_ASSIGN -> assign(invocation.argument(0), invocation.argument(1));
            case ROLE_UNASSIGN -> unassign(invocation.argument(0), invocation.argument(1));
            case ROLE_COPY -> copy(invocation.argument(0), invocation.argument(1));
            case ROLE_DELETE -> delete(invocation.argument(0));
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a role command"); //$NON-NLS-1$
        }
    }

    /** The service refuses a taken name (letter case ignored) and a right the installation does not know. */
    private void create(String role, String description, List<String> rights) throws AccountException {
        roles.createRole(actor, role, description, Set.copyOf(rights));
        err.println(rights.isEmpty() ? NLS.bind(Messages.roleCreatedNoRights, role) : NLS.bind(Messages.roleCreated, role, String.join(", ", rights))); //$NON-NLS-1$
    }

    /** Grants or revokes through the service, which checks the actor; says whether anything changed. */
    private void changeRight(String role, String right, boolean grant) throws AccountException, CommandLineException {
        if (!grant && roles.rights().stream().noneMatch(r -> r.id().equals(right))) {
            // The service takes an unknown right as not held: say that the id is wrong instead.
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.rightUnknown, right));
        }
        Optional<RoleView> before = roles.roles().stream().filter(r -> r.name().equals(role)).findFirst();
        boolean held = before.map(r -> r.rights().contains(right)).orElse(false);
        if (grant) {
            roles.grant(actor, role, right);
            err.println(NLS.bind(held ? Messages.rightAlreadyHeld : Messages.rightGranted, role, right));
        } else {
            roles.revoke(actor, role, right);
            err.println(NLS.bind(held ? Messages.rightRevoked : Messages.rightNotHeld, role, right));
        }
    }

    /** A role the user holds already is left alone: the journal gets no change that changed nothing. */
    private void assign(String role, String login) throws AccountException {
        UserView user = users.user(actor, login); // the service refuses a non-administrator and an unknown login
        if (user.roles().contains(role)) {
            err.println(NLS.bind(Messages.roleAlreadyAssigned, role, login));
            return;
        }
        roles.assign(actor, login, role);
        err.println(NLS.bind(Messages.roleAssigned, role, login));
    }

    /** Saves the user with his other roles, as his editor would: journaled as a change of the user. */
    private void unassign(String role, String login) throws AccountException {
        UserView user = users.user(actor, login);
        if (!user.roles().contains(role)) {
            Lookups.role(roles, role);
            err.println(NLS.bind(Messages.roleNotAssigned, role, login));
            return;
        }
        Set<String> remaining = new HashSet<>(user.roles());
        remaining.remove(role);
        users.updateUser(actor, UserChange.of(user).withRoles(remaining));
        err.println(NLS.bind(Messages.roleUnassigned, role, login));
    }

    /** As the workbench's Copy Role: the same description and rights, under a new name, held by nobody. */
    private void copy(String role, String copyName) throws AccountException {
        RoleView original = Lookups.role(roles, role);
        roles.copyRole(actor, original.name(), copyName);
        err.println(NLS.bind(Messages.roleCopied, new Object[] { original.name(), copyName.strip(), original.rights().size() }));
    }

    /** The service refuses a predefined role (the administrators' and the guest's among them) and says to copy it. */
    private void delete(String role) throws AccountException {
        RoleView view = Lookups.role(roles, role);
        RoleListing.Holders holders = RoleListing.Holders.of(view.name(), users.users(actor), groups.groups());
        roles.deleteRole(actor, view.name());
        err.println(NLS.bind(Messages.roleDeleted, new Object[] { view.name(), holders.users().size(), holders.groups().size() }));
    }
}
