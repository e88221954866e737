package org.castellan.app.internal.workbench;

import org.castellan.app.internal.views.InstallationView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Administration perspective, where administrators work. Later issues add the views and
 * editors of each concern (users, roles, sessions, journal, backups) next to the Installation view.
 */
public final class AdministrationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.app.perspectives.administration"; //$NON-NLS-1$

    /** The folder the concerns' views stack into, beside the editors. */
    public static final String NAVIGATION_FOLDER = "org.castellan.app.folders.navigation"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout navigation = layout.createFolder(NAVIGATION_FOLDER, IPageLayout.LEFT, 0.5f, layout.getEditorArea());
        navigation.addView(InstallationView.ID);
        layout.getViewLayout(InstallationView.ID).setCloseable(false);
    }
}
