package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchWindow;

/** Unlock: lifts the lock failed logins put on the selected user. */
public final class UnlockHandler extends SecurityHandler<UserView> {

    public UnlockHandler() {
        super(UserView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<UserView> selected) throws AccountException {
        if (selected.isPresent()) {
            Services.get(UserAdministration.class).unlock(SecurityServices.currentUser(), selected.get().login());
        }
    }
}
