package org.castellan.security.ui.internal.handlers;

import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchPage;

/** New Role: asks its name, creates it without rights and opens it to pick them. */
public final class NewRoleHandler extends NewNamedHandler {

    public NewRoleHandler() {
        super(Messages.newRoleTitle, Messages.newRoleMessage);
    }

    @Override
    void create(String name) throws AccountException {
        Services.get(RoleAdministration.class).createRole(SecurityServices.currentUser(), name, null, Set.of());
    }

    @Override
    void open(IWorkbenchPage page, String name) {
        Editors.openRole(page, name);
    }
}
