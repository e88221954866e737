package org.castellan.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The full text of a problem at the bottom of a dialog, hidden until there is one. The title area
 * of a {@code TitleAreaDialog} shows two lines; the store's messages (which name the folder and
 * say what to do) are often longer, so the title area sums the problem up and this area shows it
 * whole. The dialog grows when needed.
 *
 * @since 0.1
 */
public final class ProblemArea {

    private final Label label;

    /**
     * @param parent  a composite with a grid layout
     * @param columns the number of columns of that layout
     * @param name    the field name (see {@link Fields#NAME})
     */
    public ProblemArea(Composite parent, int columns, String name) {
        label = Fields.named(new Label(parent, SWT.WRAP), name);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false)
                .hint(Fields.widthOf(label, Fields.FIELD_WIDTH_CHARS), SWT.DEFAULT).exclude(true).applyTo(label);
        label.setVisible(false);
    }

    public Label label() {
        return label;
    }

    /** Shows the problem while the dialog is being created (its size is computed afterwards). */
    public void set(String message) {
        label.setText(message);
        ((GridData) label.getLayoutData()).exclude = false;
        label.setVisible(true);
    }

    /** Shows the problem in an open dialog, which grows if needed. */
    public void show(String message) {
        set(message);
        fitShell();
    }

    /** Hides the problem (the person tries again). */
    public void hide() {
        if (label.isVisible()) {
            ((GridData) label.getLayoutData()).exclude = true;
            label.setVisible(false);
            label.getShell().layout(true, true);
        }
    }

    private void fitShell() {
        Shell shell = label.getShell();
        Point size = shell.getSize();
        // Wrap at the width the dialog has now (the label spans every column of its parent).
        if (label.getParent().getLayout() instanceof GridLayout grid) {
            int width = label.getParent().getClientArea().width - 2 * grid.marginWidth - grid.marginLeft - grid.marginRight;
            if (width > 0) {
                ((GridData) label.getLayoutData()).widthHint = width;
            }
        }
        Point needed = shell.computeSize(size.x, SWT.DEFAULT, true);
        if (needed.y > size.y) {
            shell.setSize(size.x, needed.y);
        }
        shell.layout(true, true);
    }
}
