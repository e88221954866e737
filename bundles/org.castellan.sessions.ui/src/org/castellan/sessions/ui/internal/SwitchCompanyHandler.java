package org.castellan.sessions.ui.internal;

import org.castellan.security.AccountException;
import org.castellan.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Switch Company…: moves the session to another of the user's companies without a new login ({@link WorkbenchSessionGate#switchCompany}). */
public final class SwitchCompanyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        // The window's shell: the context's active shell may be a dialog closed since.
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        try {
            Services.get(WorkbenchSessionGate.class).switchCompany(shell);
        } catch (AccountException e) {
            MessageDialog.openInformation(shell, Messages.switchTitle, e.getMessage());
        }
        return null;
    }
}
