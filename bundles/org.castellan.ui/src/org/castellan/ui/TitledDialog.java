package org.castellan.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A title-area dialog whose window is named for what it is about and whose OK button is named for
 * what it does (Log In, Create, Block): Castellan's dialogs never show a bare "OK" for an action.
 * Cancel is the one other button unless a dialog adds its own.
 *
 * @since 0.1
 */
public abstract class TitledDialog extends TitleAreaDialog {

    private final String shellTitle;
    private final String okLabel;

    /**
     * @param shellTitle the window's title
     * @param okLabel    the OK button's label
     */
    protected TitledDialog(Shell parent, String shellTitle, String okLabel) {
        super(parent);
        this.shellTitle = shellTitle;
        this.okLabel = okLabel;
    }

    /**
     * Creates the dialog, then sets the title area's title and message: set once the dialog is
     * sized, a long message wraps at the dialog's width instead of widening it. For {@code create()}.
     */
    protected final void createTitled(String title, String message) {
        super.create();
        setTitle(title);
        setMessage(message);
    }

    /**
     * The dialog area, with the title area's title and message set first: the message counts in
     * the dialog's size. For {@code createDialogArea}.
     */
    protected final Composite titledArea(Composite parent, String title, String message) {
        setTitle(title);
        setMessage(message);
        return (Composite) super.createDialogArea(parent);
    }

    /** The composite holding the dialog's fields, a grid of {@code columns} with a 10-pixel margin. */
    protected Composite createBody(Composite dialogArea, int columns) {
        return Fields.body(dialogArea, GridLayoutFactory.swtDefaults().numColumns(columns).margins(10, 10));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(shellTitle);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
