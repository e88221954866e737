package org.castellan.cli.internal;

import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/** The user or role a command names, or a refusal that says where to find the right name. */
final class Lookups {

    private Lookups() {
    }

    /** Administrators only: the service refuses anyone else before the login is looked for. */
    static UserView user(UserAdministration users, AuthenticatedUser actor, String login) throws AccountException {
        return users.users(actor).stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.userUnknown, login)));
    }

    /** The built-in guest; administrators only, as every user. */
    static UserView guest(UserAdministration users, AuthenticatedUser actor) throws AccountException {
        return users.users(actor).stream().filter(UserView::guest).findFirst().orElseThrow(() -> new AccountException(Messages.guestMissing));
    }

    /** An unknown role is refused with the names of the roles there are. */
    static RoleView role(RoleAdministration roles, String name) throws AccountException {
        List<RoleView> all = roles.roles();
        return all.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AccountException(
                NLS.bind(Messages.roleUnknown, name, String.join(", ", all.stream().map(RoleView::name).toList())))); //$NON-NLS-1$
    }
}
