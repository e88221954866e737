package org.castellan.app.internal;

import org.castellan.app.session.LoginGate;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.swt.widgets.Shell;

/** Asks the registered {@link LoginGate} (if any bundle registers one) about a login and tells it of log-outs. */
public final class LoginGates {

    private LoginGates() {
    }

    /** @throws AccountException the gate's refusal, to show in the Login dialog */
    public static void admit(Shell shell, AuthenticatedUser user) throws AccountException {
        Services.call(LoginGate.class, gate -> {
            gate.admit(shell, user);
            return null;
        });
    }

    public static void loggedOut(AuthenticatedUser user) {
        Services.find(LoginGate.class).ifPresent(gate -> gate.loggedOut(user));
    }
}
