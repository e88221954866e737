package org.castellan.security.ui.internal.handlers;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchPage;

/** New Group: asks its name, creates it empty and opens it to add roles and members. */
public final class NewGroupHandler extends NewNamedHandler {

    public NewGroupHandler() {
        super(Messages.newGroupTitle, Messages.newGroupMessage);
    }

    @Override
    void create(String name) throws AccountException {
        Services.get(GroupAdministration.class).createGroup(SecurityServices.currentUser(), name, null);
    }

    @Override
    void open(IWorkbenchPage page, String name) {
        Editors.openGroup(page, name);
    }
}
