package org.castellan.security.ui.internal.handlers;

import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.DirectoryService;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Test Connection: the check of {@code castellan directory test}, on the saved directory settings,
 * in a Job; then what works and what does not, one line per step.
 */
public final class TestDirectoryHandler extends SecurityHandler<Object> {

    public TestDirectoryHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        Shell shell = window.getShell();
        DirectoryService directory = Services.get(DirectoryService.class);
        DirectoryJob.run(shell.getDisplay(), Messages.testDirectoryJob,
                () -> directory.testConnection(SecurityServices.currentUser(), Optional.empty()), report -> show(shell, report),
                message -> MessageDialog.openError(shell, Messages.testDirectoryTitle, message));
    }

    /** Each step on its line, marked as working or failing, under a sentence saying whether the whole works. */
    static String describe(ConnectionReport report) {
        return (report.passed() ? Messages.testDirectoryPassed : Messages.testDirectoryFailed) + "\n\n" //$NON-NLS-1$
                + report.checks().stream().map(c -> (c.passed() ? "\u2714 " : "\u2718 ") + c.message()).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void show(Shell shell, ConnectionReport report) {
        if (shell.isDisposed()) {
            return;
        }
        if (report.passed()) {
            MessageDialog.openInformation(shell, Messages.testDirectoryTitle, describe(report));
        } else {
            MessageDialog.openError(shell, Messages.testDirectoryTitle, describe(report));
        }
    }
}
