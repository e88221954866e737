package org.castellan.benchmarks.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The one view, filling the window. */
public final class BarePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView("org.castellan.benchmarks.bare.view", false, IPageLayout.LEFT, 1f, layout.getEditorArea()); //$NON-NLS-1$
    }
}
