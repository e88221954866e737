package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.UserView;
import org.eclipse.ui.IWorkbenchWindow;

/** Set Password: an administrator replaces the selected user's password. */
public final class SetPasswordHandler extends SecurityHandler<UserView> {

    public SetPasswordHandler() {
        super(UserView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<UserView> selected) {
        selected.ifPresent(user -> PasswordDialogs.setPassword(window.getShell(), user.login()));
    }
}
