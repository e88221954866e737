package org.castellan.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * A start that cannot go on: its ready-to-show message in an error dialog titled "Castellan"
 * (never a stack trace), and the whole exception in the log.
 */
final class StartupErrors {

    private StartupErrors() {
    }

    /** A failure that is not the person's to fix: a generic message, and the details in the log. */
    static void reportUnexpected(Shell parent, RuntimeException problem) {
        ILog.of(StartupErrors.class).error(Messages.unexpectedError, problem);
        MessageDialog.openError(parent, Messages.errorDialogTitle, Messages.unexpectedError);
    }

    static void report(Shell parent, Exception problem) {
        String message = problem.getMessage() == null || problem.getMessage().isBlank() ? Messages.unexpectedError
                : problem.getMessage();
        ILog.of(StartupErrors.class).error(message, problem);
        MessageDialog.openError(parent, Messages.errorDialogTitle, message);
    }
}
