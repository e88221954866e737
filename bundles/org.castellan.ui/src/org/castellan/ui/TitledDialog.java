package org.castellan.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
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
