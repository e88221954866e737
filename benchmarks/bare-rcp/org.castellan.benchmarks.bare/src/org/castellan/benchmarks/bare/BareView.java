package org.castellan.benchmarks.bare;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** A label: enough for the window to have painted a view. */
public final class BareView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText("Bare RCP"); //$NON-NLS-1$
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
