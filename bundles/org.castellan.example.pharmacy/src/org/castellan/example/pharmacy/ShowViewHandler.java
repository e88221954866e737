package org.castellan.example.pharmacy;

import org.castellan.menu.ui.LevelGuardedHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Cash Register, Pricing and Billing: each shows its view. The base class has checked the user's
 * level (and asked the supervisor's password for Pricing) before {@link #run} is called.
 */
public final class ShowViewHandler extends LevelGuardedHandler {

    static final String CASH_REGISTER_VIEW = "org.castellan.example.pharmacy.views.cashRegister"; //$NON-NLS-1$
    private static final String COMMANDS = "org.castellan.example.pharmacy.commands."; //$NON-NLS-1$
    private static final String VIEWS = "org.castellan.example.pharmacy.views."; //$NON-NLS-1$

    @Override
    protected Object run(ExecutionEvent event) throws ExecutionException {
        String view = VIEWS + event.getCommand().getId().substring(COMMANDS.length());
        try {
            return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(view);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
