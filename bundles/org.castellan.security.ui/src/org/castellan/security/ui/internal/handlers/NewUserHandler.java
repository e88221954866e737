package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.ui.internal.editors.Editors;
import org.eclipse.ui.IWorkbenchWindow;

/** New User: login, then profile, then password; the new user's editor opens on his Rights tab. */
public final class NewUserHandler extends SecurityHandler<Object> {

    public NewUserHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        PasswordDialogs.newUser(window.getShell()).ifPresent(login -> {
            if (Editors.openUser(window.getActivePage(), login) instanceof org.castellan.security.ui.internal.editors.UserEditor editor) {
                editor.showRightsTab();
            }
        });
    }
}
