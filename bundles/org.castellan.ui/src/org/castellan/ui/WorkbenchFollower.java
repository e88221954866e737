package org.castellan.ui;

import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Keeps a part listener and a perspective listener on every window and page of a workbench, those
 * open now and those opened later: the workbench only lets one listen window by window and page by
 * page. UI thread.
 *
 * @since 0.1
 */
public final class WorkbenchFollower {

    private final IPartListener2 parts;
    private final IPerspectiveListener perspectives;
    private final IPageListener pages = new IPageListener() {

        @Override
        public void pageOpened(IWorkbenchPage page) {
            page.addPartListener(parts);
        }

        @Override
        public void pageClosed(IWorkbenchPage page) {
            page.removePartListener(parts);
        }

        @Override
        public void pageActivated(IWorkbenchPage page) {
            // listened to since it opened
        }
    };
    private final IWindowListener windows = new IWindowListener() {

        @Override
        public void windowOpened(IWorkbenchWindow window) {
            window.addPerspectiveListener(perspectives);
            window.addPageListener(pages);
            for (IWorkbenchPage page : window.getPages()) {
                pages.pageOpened(page);
            }
        }

        @Override
        public void windowClosed(IWorkbenchWindow window) {
            window.removePerspectiveListener(perspectives);
            window.removePageListener(pages);
            for (IWorkbenchPage page : window.getPages()) {
                pages.pageClosed(page);
            }
        }

        @Override
        public void windowActivated(IWorkbenchWindow window) {
            // listened to since it opened
        }

        @Override
        public void windowDeactivated(IWorkbenchWindow window) {
            // listened to since it opened
        }
    };

    public WorkbenchFollower(IPartListener2 parts, IPerspectiveListener perspectives) {
        this.parts = parts;
        this.perspectives = perspectives;
    }

    /** Starts listening to every window of {@code workbench}. */
    public void follow(IWorkbench workbench) {
        workbench.addWindowListener(windows);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            windows.windowOpened(window);
        }
    }

    /** Stops listening to {@code workbench} and its windows. */
    public void unfollow(IWorkbench workbench) {
        workbench.removeWindowListener(windows);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            windows.windowClosed(window);
        }
    }
}
