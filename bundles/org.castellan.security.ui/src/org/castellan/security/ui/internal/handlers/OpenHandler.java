package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.editors.Editors;
import org.eclipse.ui.IWorkbenchWindow;

/** Open: the editor of the selected user, group or role. */
public final class OpenHandler extends SecurityHandler<Object> {

    public OpenHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        Object object = selected.orElse(null);
        if (object instanceof UserView user) {
            Editors.openUser(window.getActivePage(), user.login());
        } else if (object instanceof GroupView group) {
            Editors.openGroup(window.getActivePage(), group.name());
        } else if (object instanceof RoleView role) {
            Editors.openRole(window.getActivePage(), role.name());
        }
    }
}
