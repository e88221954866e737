package org.castellan.app.internal.dialogs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.store.InstallationOpener.PassphrasePrompt;
import org.castellan.ui.CompactTitleAreaDialog;
import org.castellan.ui.Fields;
import org.castellan.ui.ProblemArea;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the encryption passphrase of an encrypted installation, showing why the previous one
 * was refused. {@link #prompt(Shell)} makes it the application's {@link PassphrasePrompt}.
 */
public final class PassphraseDialog extends CompactTitleAreaDialog {

    /** Field name (see {@link Fields#NAME}). */
    public static final String PASSPHRASE = "passphrase"; //$NON-NLS-1$
    public static final String PROBLEM = "problem"; //$NON-NLS-1$

    private final Path folder;
    private final Optional<String> problem;
    private Text passphrase;
    private char[] result;

    public PassphraseDialog(Shell parent, Path folder, Optional<String> problem) {
        super(parent, Messages.passphraseShellTitle, Messages.passphraseOpenButton);
        this.folder = Objects.requireNonNull(folder);
        this.problem = Objects.requireNonNull(problem);
    }

    /** Opens one dialog per question, blocking. */
    public static PassphrasePrompt prompt(Shell parent) {
        return (folder, problem) -> {
            PassphraseDialog dialog = new PassphraseDialog(parent, folder, problem);
            return dialog.open() == Window.OK ? dialog.passphrase() : Optional.empty();
        };
    }

    /** The passphrase typed, once the dialog closed with OK. */
    public Optional<char[]> passphrase() {
        return Optional.ofNullable(result);
    }

    @Override
    public void create() {
        createTitled(Messages.passphraseTitle, Messages.passphraseMessage);
        problem.ifPresent(p -> setErrorMessage(Messages.passphraseRefused));
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        passphrase.setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 2);
        Fields.caption(body, Messages.passphraseFolderLabel);
        Label where = new Label(body, SWT.WRAP);
        where.setText(folder.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(Fields.widthOf(where, Fields.FIELD_WIDTH_CHARS), SWT.DEFAULT)
                .applyTo(where);
        passphrase = Fields.text(body, Messages.passphraseLabel, PASSPHRASE, SWT.PASSWORD);
        passphrase.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(passphrase.getCharCount() > 0));
        ProblemArea refusal = new ProblemArea(body, 2, PROBLEM);
        applyDialogFont(body);
        problem.ifPresent(refusal::set);
        Fields.fitWrapped(body, convertHorizontalDLUsToPixels(Fields.MINIMUM_DIALOG_WIDTH_DLUS), where, refusal.label());
        return area;
    }


    @Override
    protected void okPressed() {
        result = passphrase.getTextChars();
        super.okPressed();
    }
}
