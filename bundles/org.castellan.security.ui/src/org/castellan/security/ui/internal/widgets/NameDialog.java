package org.castellan.security.ui.internal.widgets;

import org.castellan.security.ui.internal.Messages;
import org.castellan.ui.Fields;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Asks for the name of a new role or group; an empty name cannot be confirmed. */
public final class NameDialog {

    /** Name of the text field (see {@link Fields#NAME}). */
    public static final String NAME = "newName"; //$NON-NLS-1$

    private NameDialog() {
    }

    /** The name typed, or null when cancelled. */
    public static String ask(Shell shell, String title, String message, String initial) {
        InputDialog dialog = new InputDialog(shell, title, message, initial, text -> text == null || text.isBlank() ? Messages.nameEmpty : null) {
            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                getText().setData(Fields.NAME, NAME);
                return area;
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }
}
