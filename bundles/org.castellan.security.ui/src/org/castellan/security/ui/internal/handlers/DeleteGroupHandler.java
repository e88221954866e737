package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

/** Delete Group, after confirmation naming what its members lose. */
public final class DeleteGroupHandler extends SecurityHandler<GroupView> {

    public DeleteGroupHandler() {
        super(GroupView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<GroupView> selected) throws AccountException {
        if (selected.isPresent() && MessageDialog.openConfirm(window.getShell(), Messages.deleteGroupTitle,
                NLS.bind(Messages.deleteGroupQuestion, selected.get().name(), selected.get().members().size()))) {
            Services.get(GroupAdministration.class).deleteGroup(SecurityServices.currentUser(), selected.get().name());
        }
    }
}
