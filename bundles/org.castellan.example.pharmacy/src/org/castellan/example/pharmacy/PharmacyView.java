package org.castellan.example.pharmacy;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The example's views: a line naming the view (a real partner shows its own data here). */
public final class PharmacyView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.WRAP);
        label.setText(NLS.bind(Messages.viewText, getPartName()));
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
