package org.castellan.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs a dialog's blocking work (creating a database, hashing a password) in a background thread
 * while the dialog stays painted and shows a busy cursor; its controls are disabled meanwhile.
 *
 * @since 0.1
 */
public final class BackgroundWork {

    /** Work that must not touch widgets. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private BackgroundWork() {
    }

    /**
     * @param shell   the dialog's shell
     * @param disable the controls to disable while the work runs
     * @return what the work returned
     * @throws Exception what the work threw
     */
    public static <T> T run(Shell shell, Control[] disable, Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        shell.setCursor(shell.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
        for (Control control : disable) {
            if (control != null && !control.isDisposed()) {
                control.setEnabled(false);
            }
        }
        try {
            ModalContext.run(monitor -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            }, true, new NullProgressMonitor(), shell.getDisplay());
            return result.get();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            for (Control control : disable) {
                if (control != null && !control.isDisposed()) {
                    control.setEnabled(true);
                }
            }
            if (!shell.isDisposed()) {
                shell.setCursor(null);
            }
        }
    }
}
