package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GuestRights;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan guest enable|disable}: guest access, which is the built-in guest's account
 * being enabled, turned on and off by the user service as the User editor and Installation
 * Settings do. Before turning it on, the guest rule is asked as the editor asks it before Save, so
 * that every way the guest would hold an administrative right is said at once; the service checks
 * it again. What would change nothing is said and not sent.
 */
record GuestCommands(UserAdministration users, AuthenticatedUser actor, PrintStream err) {

    void run(Invocation invocation) throws AccountException {
        boolean enable = switch (invocation.command()) {
            case GUEST_ENABLE -> true;
            case GUEST_DISABLE -> false;
            default -> throw new IllegalStateException(invocation.command().typed() + " does not change guest access"); //$NON-NLS-1$
        };
        UserView guest = Lookups.guest(users, actor);
        if (guest.enabled() == enable) {
            err.println(enable ? Messages.guestAccessAlreadyOn : Messages.guestAccessAlreadyOff);
            return;
        }
        if (enable) {
            List<GuestRights.Way> ways = users.wouldGiveGuest(actor, UserChange.of(guest).withEnabled(true));
            if (!ways.isEmpty()) {
                throw new AccountException(NLS.bind(Messages.guestAccessRefused,
                        ways.stream().map(GuestRights.Way::message).collect(Collectors.joining(" ")))); //$NON-NLS-1$
            }
        }
        users.setGuestAccess(actor, enable);
        err.println(NLS.bind(enable ? Messages.guestAccessOn : Messages.guestAccessOff, guest.login()));
    }
}
