package org.castellan.example.pharmacy;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Pharmacy perspective: the cash register beside the editor area. */
public final class PharmacyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.example.pharmacy.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.addView(ShowViewHandler.CASH_REGISTER_VIEW, IPageLayout.LEFT, 0.4f, layout.getEditorArea());
    }
}
