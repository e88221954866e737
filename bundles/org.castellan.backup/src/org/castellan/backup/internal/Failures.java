package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/** How backup, verification and restore word what went wrong, and stop where the person cancelled. */
final class Failures {

    private Failures() {
    }

    /** An I/O failure as the person can act on it: a file that vanished means the medium went away. */
    static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof NoSuchFileException) {
            return NLS.bind(Messages.vanished, message);
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Derby wraps its reason (a damaged page, a missing file) in several exceptions: the innermost says it. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    static void stopIfCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
