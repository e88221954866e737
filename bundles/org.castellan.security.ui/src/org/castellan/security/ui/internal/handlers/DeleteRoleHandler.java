package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.RoleLabels;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

/** Delete Role, after confirmation; the service refuses predefined roles and says to copy them. */
public final class DeleteRoleHandler extends SecurityHandler<RoleView> {

    public DeleteRoleHandler() {
        super(RoleView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<RoleView> selected) throws AccountException {
        if (selected.isPresent() && MessageDialog.openConfirm(window.getShell(), Messages.deleteRoleTitle,
                NLS.bind(Messages.deleteRoleQuestion, RoleLabels.now().name(selected.get().name())))) {
            Services.get(RoleAdministration.class).deleteRole(SecurityServices.currentUser(), selected.get().name());
        }
    }
}
