package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchWindow;

/** New Group: asks its name, creates it empty and opens it to add roles and members. */
public final class NewGroupHandler extends SecurityHandler<Object> {

    public NewGroupHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) throws AccountException {
        String name = NameDialog.ask(window.getShell(), Messages.newGroupTitle, Messages.newGroupMessage, ""); //$NON-NLS-1$
        if (name != null) {
            Services.get(GroupAdministration.class).createGroup(SecurityServices.currentUser(), name, null);
            Editors.openGroup(window.getActivePage(), name);
        }
    }
}
