package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/** A New command for an object known by its name: asks the name, creates the object empty and opens it to be filled in. */
abstract class NewNamedHandler extends SecurityHandler<Object> {

    private final String title;
    private final String message;

    NewNamedHandler(String title, String message) {
        super(Object.class);
        this.title = title;
        this.message = message;
    }

    /** Creates the empty object through its service. */
    abstract void create(String name) throws AccountException;

    /** Opens the object's editor. */
    abstract void open(IWorkbenchPage page, String name);

    @Override
    final void run(IWorkbenchWindow window, Optional<Object> selected) throws AccountException {
        String name = NameDialog.ask(window.getShell(), title, message, ""); //$NON-NLS-1$
        if (name != null) {
            create(name);
            open(window.getActivePage(), name);
        }
    }
}
