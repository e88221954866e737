package org.castellan.product.junit;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The window's first perspective while the tests run: no Castellan view, so none is made before a
 * test has published its session (Tycho's harness started in the IDE's Resource perspective alike).
 */
public final class StartPerspective implements IPerspectiveFactory {

    static final String ID = "org.castellan.product.junit.start"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
