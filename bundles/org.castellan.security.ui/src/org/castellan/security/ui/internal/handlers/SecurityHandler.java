package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command of the security views: runs on the selected object of its kind (or none), and shows
 * a service's refusal in an error dialog whose message says what to do.
 *
 * @param <T> the kind of object selected; {@link Void} for commands that need none
 */
abstract class SecurityHandler<T> extends AbstractHandler {

    private final Class<T> type;

    SecurityHandler(Class<T> type) {
        this.type = type;
    }

    /** Does the work on {@code selected} (empty when the command needs no selection). */
    abstract void run(IWorkbenchWindow window, Optional<T> selected) throws AccountException;

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Object first = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        Optional<T> selected = type.isInstance(first) ? Optional.of(type.cast(first)) : Optional.empty();
        try {
            run(window, selected);
        } catch (AccountException e) {
            refused(window.getShell(), e);
        }
        return null;
    }

    static void refused(Shell shell, AccountException e) {
        MessageDialog.openError(shell, Messages.refusedTitle, e.getMessage());
    }
}
