package org.castellan.home.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Home, in the toolbar: shows the Home perspective and reads its summaries again. */
public final class ShowHomeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            PlatformUI.getWorkbench().showPerspective(HomePerspective.ID, HandlerUtil.getActiveWorkbenchWindowChecked(event));
        } catch (WorkbenchException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
