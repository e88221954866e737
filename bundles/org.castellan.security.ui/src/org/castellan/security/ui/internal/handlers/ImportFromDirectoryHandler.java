package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.ui.IWorkbenchWindow;

/** Import from Directory…: search the directory by name and create the chosen people as domain users. */
public final class ImportFromDirectoryHandler extends SecurityHandler<Object> {

    public ImportFromDirectoryHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        new ImportFromDirectoryDialog(window.getShell()).open();
    }
}
