package org.castellan.menu.ui.internal;

import org.castellan.menu.ui.LevelGuardedHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window › Main Menu Definition: opens the editor (or brings it to the front). */
public final class OpenDefinitionHandler extends LevelGuardedHandler {

    @Override
    protected Object run(ExecutionEvent event) throws ExecutionException {
        try {
            return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(MainMenuDefinitionInput.INSTANCE,
                    MainMenuDefinitionEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
