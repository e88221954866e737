package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.RoleLabels;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

/** Copy Role: the way to adapt a predefined role, which cannot be renamed or deleted. */
public final class CopyRoleHandler extends SecurityHandler<RoleView> {

    public CopyRoleHandler() {
        super(RoleView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<RoleView> selected) throws AccountException {
        if (selected.isEmpty()) {
            return;
        }
        String original = selected.get().name();
        // the proposed name reads in the user's language, as the role's label does (a copy is the administrator's own role)
        String name = NameDialog.ask(window.getShell(), Messages.saveRoleAsTitle, Messages.saveRoleAsMessage, NLS.bind(Messages.copyOf, RoleLabels.now().name(original)));
        if (name != null) {
            Services.get(RoleAdministration.class).copyRole(SecurityServices.currentUser(), original, name);
            Editors.openRole(window.getActivePage(), name);
        }
    }
}
