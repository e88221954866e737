package org.castellan.app.tests;

import org.castellan.security.ui.internal.views.UsersView;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** The users view as a test reads it: shown and read again, once the display has drawn it. */
final class UsersViews {

    private UsersViews() {
    }

    static UsersView shown(IWorkbenchPage page) throws PartInitException {
        UsersView view = (UsersView) page.showView(UsersView.ID);
        view.refresh();
        Ui.settle(PlatformUI.getWorkbench().getDisplay(), 200);
        return view;
    }
}
