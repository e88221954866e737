package org.castellan.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A service's refusal at the top of an editor, in red, hidden until there is one. Read-only text
 * rather than a label, so that the person can select and copy the message for support.
 *
 * @since 0.1
 */
public final class EditorProblem {

    private final Text text;

    /**
     * @param parent  a composite with a grid layout
     * @param nameKey the widget data key the editor's bundle names its widgets by
     * @param name    the problem's name under that key
     */
    public EditorProblem(Composite parent, String nameKey, String name) {
        text = new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        text.setData(nameKey, name);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(text);
        text.setVisible(false);
    }

    public Text control() {
        return text;
    }

    /** The message shown, empty when none. */
    public String message() {
        return text.getText();
    }

    public void show(String message) {
        text.setText(message);
        setShown(true);
    }

    public void hide() {
        text.setText(""); //$NON-NLS-1$
        setShown(false);
    }

    private void setShown(boolean shown) {
        text.setVisible(shown);
        ((GridData) text.getLayoutData()).exclude = !shown;
        text.getParent().layout(true, true);
    }
}
