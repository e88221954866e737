package org.castellan.audit.ui.internal;

import org.castellan.ui.PerspectiveLayouts;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Audit perspective: the Audit Reports view, over the whole window until an editor opens beside it. */
public final class AuditPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.audit.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(AuditReportsView.ID, true, IPageLayout.LEFT, PerspectiveLayouts.VIEWS_BESIDE_EDITORS, layout.getEditorArea());
        layout.addPerspectiveShortcut("org.castellan.app.perspectives.administration"); //$NON-NLS-1$
    }
}
