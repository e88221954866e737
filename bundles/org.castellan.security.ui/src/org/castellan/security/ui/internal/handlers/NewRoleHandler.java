package org.castellan.security.ui.internal.handlers;

import java.util.Optional;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchWindow;

/** New Role: asks its name, creates it without rights and opens it to pick them. */
public final class NewRoleHandler extends SecurityHandler<Object> {

    public NewRoleHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) throws AccountException {
        String name = NameDialog.ask(window.getShell(), Messages.newRoleTitle, Messages.newRoleMessage, ""); //$NON-NLS-1$
        if (name != null) {
            Services.get(RoleAdministration.class).createRole(SecurityServices.currentUser(), name, null, Set.of());
            Editors.openRole(window.getActivePage(), name);
        }
    }
}
