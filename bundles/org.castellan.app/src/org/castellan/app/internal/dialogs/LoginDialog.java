package org.castellan.app.internal.dialogs;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Login dialog. OK checks the login and password with the {@link AccountService}; a refusal is
 * shown in the dialog, the password is cleared and the dialog stays open. Cancel gives up.
 */
public final class LoginDialog extends CompactTitleAreaDialog {

    /** Field names (see {@link Fields#NAME}). */
    public static final String LOGIN = "login"; //$NON-NLS-1$
    public static final String PASSWORD = "password"; //$NON-NLS-1$
    public static final String FAILURE = "failure"; //$NON-NLS-1$

    private final AccountService accounts;
    private final String installationName;
    private Text login;
    private Text password;
    private ProblemArea failure;
    private AuthenticatedUser user;

    public LoginDialog(Shell parent, AccountService accounts, String installationName) {
        super(parent);
        this.accounts = Objects.requireNonNull(accounts);
        this.installationName = Objects.requireNonNull(installationName);
    }

    /** The user whose password was accepted, once the dialog closed with OK. */
    public Optional<AuthenticatedUser> user() {
        return Optional.ofNullable(user);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.loginShellTitle);
    }

    @Override
    public void create() {
        super.create();
        setTitle(NLS.bind(Messages.loginTitle, installationName));
        setMessage(Messages.loginMessage);
        updateButtons();
        login.setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 2);
        login = Fields.text(body, Messages.loginLoginLabel, LOGIN, SWT.NONE);
        password = Fields.text(body, Messages.loginPasswordLabel, PASSWORD, SWT.PASSWORD);
        login.addModifyListener(e -> updateButtons());
        password.addModifyListener(e -> updateButtons());
        failure = new ProblemArea(body, 2, FAILURE);
        applyDialogFont(body);
        return area;
    }


    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.loginButton, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void updateButtons() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!login.getText().isEmpty() && password.getCharCount() > 0);
        }
    }

    @Override
    protected void okPressed() {
        String name = login.getText();
        char[] secret = password.getTextChars();
        try {
            setErrorMessage(null);
            failure.hide();
            user = BackgroundWork.run(getShell(), new Control[] { dialogArea, buttonBar }, () -> accounts.authenticate(name, secret));
        } catch (AccountException e) {
            if (e.getCause() == null) {
                refused(e.getMessage()); // a refusal: short, and the person tries again
            } else {
                failed(e.getMessage(), e);
            }
            return;
        } catch (Exception e) {
            failed(Messages.unexpectedError, e);
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        super.okPressed();
    }

    /** The accounts could not be read: logged, summed up in the title area and shown whole below. */
    private void failed(String message, Exception problem) {
        ILog.of(getClass()).error(message, problem);
        refused(Messages.loginFailed);
        failure.show(message);
    }

    private void refused(String message) {
        setErrorMessage(message);
        password.setText(""); //$NON-NLS-1$
        password.setFocus();
    }
}
