package org.castellan.sessions.ui.internal;

import org.castellan.ui.PerspectiveLayouts;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Sessions perspective: the Active sessions view, over the whole window until an editor opens beside it. */
public final class SessionsPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.sessions.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(ActiveSessionsView.ID, true, IPageLayout.LEFT, PerspectiveLayouts.VIEWS_BESIDE_EDITORS, layout.getEditorArea());
    }
}
