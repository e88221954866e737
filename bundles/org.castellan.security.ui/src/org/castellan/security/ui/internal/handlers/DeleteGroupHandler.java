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
        if (selected.isPresent() && MessageDialog.openConfirm(window.getShell(), Messages.deleteGroupTitle, question(selected.get()))) {
            Services.get(GroupAdministration.class).deleteGroup(SecurityServices.currentUser(), selected.get().name());
        }
    }

    /** The question, worded for a group without members, with one, and with more (no "its 0 members"). */
    static String question(GroupView group) {
        return switch (group.members().size()) {
            case 0 -> NLS.bind(Messages.deleteGroupQuestionEmpty, group.name());
            case 1 -> NLS.bind(Messages.deleteGroupQuestionOne, group.name());
            default -> NLS.bind(Messages.deleteGroupQuestion, group.name(), group.members().size());
        };
    }
}
