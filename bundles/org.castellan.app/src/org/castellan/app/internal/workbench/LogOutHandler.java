package org.castellan.app.internal.workbench;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Log Out…: hands the workbench to the next user ({@link SessionSwitch#logOut}). */
public final class LogOutHandler extends AbstractHandler {

    @Override
    public boolean isEnabled() {
        return SessionSwitch.running().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        SessionSwitch.running().ifPresent(sessions -> sessions.logOut(window));
        return null;
    }
}
