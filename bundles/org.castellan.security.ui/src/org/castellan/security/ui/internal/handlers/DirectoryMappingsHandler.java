package org.castellan.security.ui.internal.handlers;

import org.castellan.security.ui.internal.editors.DirectoryMappingsEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Directory Group Mappings: opens the editor, or brings it forward when it is open. */
public final class DirectoryMappingsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(new DirectoryMappingsEditor.Input(),
                    DirectoryMappingsEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
