package org.castellan.app.internal;

import java.util.Optional;

import org.castellan.app.session.LoginGate;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Shell;

/** Asks the registered {@link LoginGate} (if any bundle registers one) about a login and tells it of log-outs. */
public final class LoginGates {

    private LoginGates() {
    }

    /** @throws AccountException the gate's refusal, to show in the Login dialog */
    public static void admit(Shell shell, AuthenticatedUser user) throws AccountException {
        Optional<LoginGate> gate = Services.find(LoginGate.class);
        if (gate.isPresent()) {
            gate.get().admit(shell, user);
        }
    }

    /** The company the session works in, when a gate chose one. */
    public static Optional<String> company() {
        return Services.find(LoginGate.class).flatMap(LoginGate::company);
    }

    public static void loggedOut(AuthenticatedUser user) {
        Services.find(LoginGate.class).ifPresent(gate -> gate.loggedOut(user));
    }
}
