package org.castellan.home.ui.internal;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.core.runtime.ILog;

/**
 * Where the home's buttons lead: a perspective of another bundle (by id, so that the home needs
 * none of them) or a command. What is not installed, or refused by the levels, leads nowhere.
 */
final class Ways {

    static final String BACKUP_PERSPECTIVE = "org.castellan.backup.ui.perspective"; //$NON-NLS-1$
    static final String SESSIONS_PERSPECTIVE = "org.castellan.sessions.ui.perspective"; //$NON-NLS-1$
    static final String SECURITY_PERSPECTIVE = "org.castellan.security.ui.perspective"; //$NON-NLS-1$
    static final String AUDIT_PERSPECTIVE = "org.castellan.audit.ui.perspective"; //$NON-NLS-1$
    static final String MENU_DEFINITION_COMMAND = "org.castellan.menu.ui.commands.definition"; //$NON-NLS-1$
    static final String CHANGE_PASSWORD_COMMAND = "org.castellan.app.commands.changePassword"; //$NON-NLS-1$

    private final IWorkbenchWindow window;

    Ways(IWorkbenchWindow window) {
        this.window = window;
    }

    void perspective(String id) {
        if (PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id) == null) {
            return;
        }
        try {
            PlatformUI.getWorkbench().showPerspective(id, window);
        } catch (WorkbenchException e) {
            ILog.of(Ways.class).error(e.getMessage(), e);
        }
    }

    void command(String id) {
        IHandlerService handlers = window.getService(IHandlerService.class);
        try {
            handlers.executeCommand(id, null);
        } catch (NotDefinedException e) {
            // not installed here: nothing to open
        } catch (Exception e) {
            ILog.of(Ways.class).error(e.getMessage(), e);
        }
    }
}
