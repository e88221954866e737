package org.castellan.home.ui.internal;

import org.castellan.ui.WorkbenchFollower;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The editor area takes room only while an editor is open: shown when one opens, hidden when the
 * last one closes and whenever a perspective opens without any, in every window.
 */
public final class EditorAreaFollower implements IStartup, IPartListener2, IPerspectiveListener {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            if (!workbench.isClosing()) {
                new WorkbenchFollower(this, this).follow(workbench);
                for (var window : workbench.getWorkbenchWindows()) {
                    if (window.getActivePage() != null) {
                        fit(window.getActivePage());
                    }
                }
            }
        });
    }

    /** Shows the editor area when the page has editors, hides it when it has none. */
    static void fit(IWorkbenchPage page) {
        boolean editors = page.getEditorReferences().length > 0;
        if (page.isEditorAreaVisible() != editors) {
            page.setEditorAreaVisible(editors);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart) {
            reference.getPage().setEditorAreaVisible(true);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart) {
            IWorkbenchPage page = reference.getPage();
            // The closing editor may still be counted: look once it is gone. By then the window may
            // be gone too (the workbench closing right after the last editor): nothing to fit.
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                IWorkbenchWindow window = page.getWorkbenchWindow();
                if (window != null && window.getActivePage() == page) {
                    fit(page);
                }
            });
        }
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        fit(page);
    }

    @Override
    public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
        // editors come and go through partOpened and partClosed
    }
}
