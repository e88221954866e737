package org.castellan.backup.ui.internal;

import org.castellan.ui.PerspectiveLayouts;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Backup view alone: last good backup, medium, Back Up. */
public final class BackupPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.backup.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(BackupView.ID, false, IPageLayout.LEFT, PerspectiveLayouts.VIEWS_BESIDE_EDITORS, layout.getEditorArea());
        layout.addShowViewShortcut(BackupView.ID);
        layout.addPerspectiveShortcut("org.castellan.app.perspectives.administration"); //$NON-NLS-1$
    }
}
