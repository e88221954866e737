package org.castellan.app.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.StartupException;
import org.castellan.app.internal.flow.FirstStart;
import org.castellan.app.internal.flow.FirstStartInput;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.NewInstallation;
import org.castellan.ui.BackgroundWork;
import org.castellan.ui.CompactTitleAreaDialog;
import org.castellan.ui.Fields;
import org.castellan.ui.PasswordRulesChecklist;
import org.castellan.ui.ProblemArea;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The First-start dialog: the name of a new installation, its administrator (there is no default
 * password) and the optional encryption of its database. Every password rule is listed under the
 * password and marked as met or still broken while the person types; Create stays disabled until
 * everything is valid. Create runs {@link FirstStart#submit}; a refusal is shown in the dialog,
 * which stays open.
 */
public final class FirstStartDialog extends CompactTitleAreaDialog {

    /** Field names (see {@link Fields#NAME}). */
    public static final String INSTALLATION_NAME = "installationName"; //$NON-NLS-1$
    public static final String LOGIN = "login"; //$NON-NLS-1$
    public static final String DISPLAY_NAME = "displayName"; //$NON-NLS-1$
    public static final String PASSWORD = "password"; //$NON-NLS-1$
    public static final String CONFIRMATION = "confirmation"; //$NON-NLS-1$
    public static final String ENCRYPT = "encrypt"; //$NON-NLS-1$
    public static final String PASSPHRASE = "passphrase"; //$NON-NLS-1$
    public static final String PASSPHRASE_CONFIRMATION = "passphraseConfirmation"; //$NON-NLS-1$
    public static final String PASSWORD_RULES = "passwordRules"; //$NON-NLS-1$
    public static final String FAILURE = "failure"; //$NON-NLS-1$

    /** The login offered for the first administrator. */
    public static final String DEFAULT_LOGIN = "admin"; //$NON-NLS-1$

    private final FirstStart action;
    private final boolean createsInstallation;
    private Composite body;
    private Label folder;
    private Text installationName;
    private Text login;
    private Text displayName;
    private Text password;
    private Text confirmation;
    private PasswordRulesChecklist passwordRules;
    private Button encrypt;
    private Text passphrase;
    private Text passphraseConfirmation;
    private Label passphraseNote;
    private ProblemArea failure;
    private boolean edited;
    private AuthenticatedUser administrator;

    public FirstStartDialog(Shell parent, FirstStart action) {
        super(parent, Messages.firstStartShellTitle, Messages.firstStartCreateButton);
        this.action = Objects.requireNonNull(action);
        this.createsInstallation = action.createsInstallation();
    }

    /** The administrator created when the dialog closed with OK. */
    public Optional<AuthenticatedUser> administrator() {
        return Optional.ofNullable(administrator);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** Creating the installation may also stop for a reason outside the store and the accounts, said ready to show. */
    @Override
    protected boolean explained(Exception problem) {
        return problem instanceof StartupException || super.explained(problem);
    }

    @Override
    public void create() {
        createTitled(createsInstallation ? Messages.firstStartTitle : Messages.firstStartAdministratorTitle, createsInstallation ? Messages.firstStartMessage : Messages.firstStartAdministratorMessage);
        validate();
        (createsInstallation ? installationName : login).setFocus();
    }


    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        body = createBody(area, 1);
        GridLayout layout = (GridLayout) body.getLayout();
        layout.horizontalSpacing = 0;
        layout.verticalSpacing = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_SPACING);
        if (createsInstallation) {
            createInstallationGroup(body);
        }
        createAdministratorGroup(body);
        if (createsInstallation) {
            createEncryptionGroup(body);
        }
        failure = createFailureArea(body, 1, FAILURE, Messages.firstStartFailed);
        applyDialogFont(body);
        Fields.alignCaptions(body);
        List<Label> wrapped = new ArrayList<>(List.of(passwordRules.label()));
        if (createsInstallation) {
            wrapped.add(folder);
            wrapped.add(passphraseNote);
        }
        Fields.fitWrapped(body, convertHorizontalDLUsToPixels(Fields.MINIMUM_DIALOG_WIDTH_DLUS), wrapped.toArray(Label[]::new));
        passwordRules.reserveHeight();
        return area;
    }

    private void createInstallationGroup(Composite parent) {
        Group group = group(parent, Messages.firstStartInstallationGroup);
        Fields.caption(group, Messages.firstStartFolderLabel);
        folder = new Label(group, SWT.WRAP);
        folder.setText(action.folder().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(Fields.widthOf(folder, Fields.FIELD_WIDTH_CHARS), SWT.DEFAULT)
                .applyTo(folder);
        installationName = Fields.text(group, Messages.firstStartNameLabel, INSTALLATION_NAME, SWT.NONE);
        installationName.setMessage(Messages.firstStartNameHint);
        installationName.addModifyListener(e -> edited());
    }

    private void createAdministratorGroup(Composite parent) {
        Group group = group(parent, Messages.firstStartAdministratorGroup);
        login = Fields.text(group, Messages.firstStartLoginLabel, LOGIN, SWT.NONE);
        login.setText(DEFAULT_LOGIN);
        displayName = Fields.text(group, Messages.firstStartDisplayNameLabel, DISPLAY_NAME, SWT.NONE);
        displayName.setMessage(Messages.firstStartDisplayNameHint);
        password = Fields.text(group, Messages.firstStartPasswordLabel, PASSWORD, SWT.PASSWORD);
        confirmation = Fields.text(group, Messages.firstStartConfirmationLabel, CONFIRMATION, SWT.PASSWORD);
        passwordRules = new PasswordRulesChecklist(group, action.passwordPolicy(), PASSWORD_RULES);
        for (Text text : new Text[] { login, displayName, password, confirmation }) {
            text.addModifyListener(e -> edited());
        }
    }

    private void createEncryptionGroup(Composite parent) {
        Group group = group(parent, Messages.firstStartEncryptionGroup);
        encrypt = Fields.named(new Button(group, SWT.CHECK), ENCRYPT);
        encrypt.setText(Messages.firstStartEncryptLabel);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(encrypt);
        passphrase = Fields.text(group, Messages.firstStartPassphraseLabel, PASSPHRASE, SWT.PASSWORD);
        passphraseConfirmation = Fields.text(group, Messages.firstStartPassphraseConfirmationLabel, PASSPHRASE_CONFIRMATION,
                SWT.PASSWORD);
        passphraseNote = new Label(group, SWT.WRAP);
        passphraseNote.setText(NLS.bind(Messages.firstStartPassphraseNote, NewInstallation.MINIMUM_PASSPHRASE_LENGTH));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
                .hint(Fields.widthOf(passphraseNote, Fields.FIELD_WIDTH_CHARS), SWT.DEFAULT).applyTo(passphraseNote);
        encrypt.addListener(SWT.Selection, e -> {
            updateEncryptionEnablement();
            edited();
        });
        passphrase.addModifyListener(e -> edited());
        passphraseConfirmation.addModifyListener(e -> edited());
        updateEncryptionEnablement();
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private void updateEncryptionEnablement() {
        boolean on = encrypt.getSelection();
        passphrase.setEnabled(on);
        passphraseConfirmation.setEnabled(on);
    }

    private void edited() {
        edited = true;
        validate();
    }

    /** Updates the rule list, the message and the Create button from what is typed now. */
    private void validate() {
        if (passwordRules == null || getButton(IDialogConstants.OK_ID) == null) {
            return; // still being created
        }
        FirstStartInput input = input();
        try {
            passwordRules.update(input.password());
            Optional<String> problem = input.problem(action.passwordPolicy());
            getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
            setErrorMessage(edited ? problem.orElse(null) : null);
        } finally {
            input.clear();
        }
    }

    private FirstStartInput input() {
        boolean encrypted = encrypt != null && encrypt.getSelection();
        return new FirstStartInput(createsInstallation, installationName == null ? "" : installationName.getText(), //$NON-NLS-1$
                login.getText(), displayName.getText(), password.getTextChars(), confirmation.getTextChars(), encrypted,
                encrypted ? passphrase.getTextChars() : new char[0], encrypted ? passphraseConfirmation.getTextChars() : new char[0]);
    }

    @Override
    protected void okPressed() {
        FirstStartInput input = input();
        try {
            if (input.problem(action.passwordPolicy()).isPresent()) {
                return;
            }
            setErrorMessage(null);
            failure.hide();
            setMessage(action.createsInstallation() ? Messages.firstStartCreating : Messages.firstStartCreatingAdministrator);
            administrator = BackgroundWork.run(getShell(), new Control[] { dialogArea, buttonBar }, () -> action.submit(input));
        } catch (Exception e) {
            report(e); // a refusal is the administrator's input: short, and fixed in the fields
            return;
        } finally {
            input.clear();
        }
        super.okPressed();
    }

    /** Shows why Create failed; once the installation exists, only the administrator is asked again. */
    @Override
    protected void refused(String message) {
        failure.hide();
        if (createsInstallation && !action.createsInstallation()) {
            installationName.setEnabled(false);
            encrypt.setEnabled(false);
            passphrase.setEnabled(false);
            passphraseConfirmation.setEnabled(false);
        }
        setMessage(action.createsInstallation() ? Messages.firstStartMessage : Messages.firstStartAdministratorMessage);
        setErrorMessage(message);
        password.setFocus();
    }
}
