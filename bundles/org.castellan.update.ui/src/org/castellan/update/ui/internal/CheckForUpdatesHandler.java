package org.castellan.update.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help › Check for Updates: resolves an update of every installed root (the product and the
 * partner features) against the known update sites in a background job with progress and cancel,
 * then opens p2's update wizard, or says that nothing newer was found, or why the search failed.
 */
public final class CheckForUpdatesHandler extends AdministratorHandler {

    @Override
    protected Object runAsAdministrator(ExecutionEvent event) {
        // The window's shell: the search takes a while, and a dialog that was active may be gone when it ends.
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        UpdateOperation operation = ui.getUpdateOperation(null, null);
        Job resolve = operation.getResolveJob(null);
        resolve.setName(Messages.checkingJob);
        resolve.setUser(true);
        resolve.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().getSeverity() == IStatus.CANCEL) {
                    return;
                }
                Display.getDefault().asyncExec(() -> show(shell == null || shell.isDisposed() ? null : shell, ui, operation));
            }
        });
        resolve.schedule();
        return null;
    }

    private static void show(Shell shell, ProvisioningUI ui, UpdateOperation operation) {
        IStatus result = operation.getResolutionResult();
        if (result == null || result.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            MessageDialog.openInformation(shell, Messages.updatesTitle, Messages.nothingToUpdate);
        } else if (result.getSeverity() == IStatus.ERROR) {
            ErrorDialog.openError(shell, Messages.updatesTitle, Messages.updateFailed, result);
        } else {
            ui.openUpdateWizard(false, operation, null);
        }
    }
}
