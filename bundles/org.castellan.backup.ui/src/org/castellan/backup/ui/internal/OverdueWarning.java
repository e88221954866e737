package org.castellan.backup.ui.internal;

import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * When the workbench opens (after the login), warns a user who may back up when the last good
 * backup is older than 24 hours, and offers to back up now; never on a client workstation, where
 * backups cannot run.
 */
public final class OverdueWarning implements IStartup {

    @Override
    public void earlyStartup() {
        Optional<BackupService> service = BackupServices.backup();
        Optional<AuthenticatedUser> user = BackupServices.user();
        if (service.isEmpty() || user.isEmpty() || !service.get().backsUpHere() || !service.get().mayBackUp(user.get())) {
            return;
        }
        boolean overdue;
        try {
            overdue = service.get().overdue();
        } catch (BackupException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return;
        }
        if (!overdue) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && MessageDialog.openQuestion(window.getShell(), Messages.title, Messages.overdueWarning)) {
                BackupFlow.start(window.getShell(), () -> {
                    // nothing else to refresh at startup
                });
            }
        });
    }
}
