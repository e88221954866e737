package org.castellan.backup.ui.internal;

import java.util.Arrays;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * "Backup", "OK", "OK": the options dialog (remembered options already ticked), a confirmation,
 * then the backup runs as a Job with progress and cancel, and ends with "you may remove the
 * medium" (or "the computer will shut down"). An uninitialised or absent medium is offered the
 * Initialise medium wizard first.
 */
final class BackupFlow {

    private BackupFlow() {
    }

    static void start(Shell shell, Runnable whenDone) {
        Optional<BackupService> found = BackupServices.backup();
        Optional<AuthenticatedUser> user = BackupServices.user();
        if (found.isEmpty() || user.isEmpty()) {
            MessageDialog.openError(shell, Messages.title, Messages.serviceMissing);
            return;
        }
        BackupService service = found.get();
        if (!service.mayBackUp(user.get())) {
            MessageDialog.openError(shell, Messages.title, Messages.notAllowed);
            return;
        }
        MediumStatus medium = service.medium();
        if (!medium.ready()) {
            if (!MessageDialog.openQuestion(shell, Messages.title, NLS.bind(Messages.mediumNotReady, medium.message()))) {
                return;
            }
            if (new WizardDialog(shell, new InitialiseMediumWizard(service, user.get())).open() != Window.OK) {
                return;
            }
            medium = service.medium();
            if (!medium.ready()) {
                return;
            }
        }
        BackupOptions remembered;
        try {
            remembered = service.options();
        } catch (BackupException e) {
            MessageDialog.openError(shell, Messages.title, e.getMessage());
            return;
        }
        BackupDialog dialog = new BackupDialog(shell, remembered, service.dataSets(), medium);
        if (dialog.open() != Window.OK) {
            return;
        }
        if (!MessageDialog.openConfirm(shell, Messages.title, NLS.bind(Messages.confirm, medium.directory()))) {
            return;
        }
        run(shell.getDisplay(), service, user.get(), dialog.options(), dialog.passphrase(), whenDone);
    }

    private static void run(Display display, BackupService service, AuthenticatedUser user, BackupOptions options, char[] passphrase,
            Runnable whenDone) {
        Job job = Job.create(Messages.jobName, (IProgressMonitor monitor) -> {
            try {
                BackupResult result = service.backUp(user, options, Optional.ofNullable(passphrase), monitor);
                String message = NLS.bind(Messages.done, result.backup().folder())
                        + (result.shuttingDown() ? Messages.shuttingDown : Messages.mayRemove);
                display.asyncExec(() -> {
                    MessageDialog.openInformation(display.getActiveShell(), Messages.title, message);
                    whenDone.run();
                });
                return Status.OK_STATUS;
            } catch (BackupException e) {
                display.asyncExec(() -> {
                    if (e.problem() == BackupException.Problem.CANCELLED) {
                        MessageDialog.openInformation(display.getActiveShell(), Messages.title, e.getMessage());
                    } else {
                        MessageDialog.openError(display.getActiveShell(), Messages.title, e.getMessage());
                    }
                    whenDone.run();
                });
                return e.problem() == BackupException.Problem.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        });
        job.setUser(true);
        job.setPriority(Job.LONG);
        job.schedule();
    }
}
