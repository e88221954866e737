package org.castellan.home.ui.internal;

import org.castellan.ui.PerspectiveLayouts;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The home over the whole window until an editor opens beside it, the first thing shown after
 * logging in; the Installation view (which folder, which schema) waits behind it in the same stack.
 */
public final class HomePerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.home.ui.perspective"; //$NON-NLS-1$
    private static final String FOLDER = "org.castellan.home.ui.folder"; //$NON-NLS-1$
    private static final String INSTALLATION_VIEW = "org.castellan.app.views.installation"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout folder = layout.createFolder(FOLDER, IPageLayout.LEFT, PerspectiveLayouts.VIEWS_BESIDE_EDITORS, layout.getEditorArea());
        folder.addView(HomeView.ID);
        folder.addView(INSTALLATION_VIEW);
        layout.getViewLayout(HomeView.ID).setCloseable(false);
    }
}
