package org.castellan.app.internal.dialogs;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.app.internal.LoginGates;
import org.castellan.app.internal.Messages;
import org.castellan.app.internal.PasswordPolicies;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordExpiredException;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.ui.BackgroundWork;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.CompactTitleAreaDialog;
import org.castellan.ui.Fields;
import org.castellan.ui.ProblemArea;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Login dialog. OK checks the login and password with the {@link AccountService}; a refusal is
 * shown in the dialog, the password is cleared and the dialog stays open. An expired password is
 * renewed on the spot ({@link ChangePasswordDialog}) and the login goes on with the new one; a
 * password that expires soon is offered for change once the login succeeded. "Continue as Guest"
 * shows only while the installation's guest access is on. Cancel gives up.
 */
public final class LoginDialog extends CompactTitleAreaDialog {

    /** Field names (see {@link Fields#NAME}). */
    public static final String LOGIN = "login"; //$NON-NLS-1$
    public static final String PASSWORD = "password"; //$NON-NLS-1$
    public static final String FAILURE = "failure"; //$NON-NLS-1$

    /** Button id of "Continue as Guest". */
    public static final int GUEST_ID = IDialogConstants.CLIENT_ID + 1;

    /** Button ids of the question asked when the password expires soon. */
    public static final int CHANGE_NOW = 0;
    public static final int CHANGE_LATER = 1;

    /** Longer refusals go in the problem area, whole. */
    private static final int LONGEST_TITLE_MESSAGE = 110;

    private final AccountService accounts;
    private final String installationName;
    private final Clock clock;
    private String message = Messages.loginMessage;
    private Text login;
    private Text password;
    private ProblemArea failure;
    private AuthenticatedUser user;

    public LoginDialog(Shell parent, AccountService accounts, String installationName) {
        this(parent, accounts, installationName, Clock.systemDefaultZone());
    }

    /** @param clock tells how many days a password has left before it expires */
    public LoginDialog(Shell parent, AccountService accounts, String installationName, Clock clock) {
        super(parent, Messages.loginShellTitle, Messages.loginButton);
        this.accounts = Objects.requireNonNull(accounts);
        this.installationName = Objects.requireNonNull(installationName);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Replaces the message under the title, to say why the login is asked (after a log-out). */
    public void setMessageOnOpen(String why) {
        message = Objects.requireNonNull(why);
    }

    /** The user whose password was accepted, once the dialog closed with OK. */
    public Optional<AuthenticatedUser> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public void create() {
        createTitled(NLS.bind(Messages.loginTitle, installationName), message);
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
        failure = createFailureArea(body, 2, FAILURE, Messages.loginFailed);
        applyDialogFont(body);
        return area;
    }


    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (guestAccess()) {
            createButton(parent, GUEST_ID, Messages.loginGuestButton, false);
        }
        super.createButtonsForButtonBar(parent);
    }

    /** Whether to offer the guest; an installation whose setting cannot be read offers the login only. */
    private boolean guestAccess() {
        try {
            return accounts.guestAccess();
        } catch (AccountException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return false;
        }
    }

    private void updateButtons() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!login.getText().isEmpty() && password.getCharCount() > 0);
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == GUEST_ID) {
            guestPressed();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void guestPressed() {
        try {
            setErrorMessage(null);
            failure.hide();
            AuthenticatedUser guest = BackgroundWork.run(getShell(), new Control[] { dialogArea, buttonBar }, accounts::loginAsGuest);
            LoginGates.admit(getShell(), guest);
            user = guest;
        } catch (Exception e) {
            report(e);
            return;
        }
        setReturnCode(OK);
        close();
    }

    @Override
    protected void okPressed() {
        String name = login.getText();
        char[] secret = password.getTextChars();
        try {
            Optional<AuthenticatedUser> accepted = logIn(name, secret);
            if (accepted.isEmpty() || !admitted(accepted.get())) {
                return;
            }
            user = accepted.get();
        } finally {
            Arrays.fill(secret, '\0');
        }
        super.okPressed();
    }

    /** A gate (a ban on new logins) may still refuse the user: the refusal stays in the dialog. */
    private boolean admitted(AuthenticatedUser accepted) {
        try {
            LoginGates.admit(getShell(), accepted);
            return true;
        } catch (AccountException e) {
            report(e);
            return false;
        }
    }

    /** Checks the password, renews it if it has expired, and offers to change it if it expires soon. */
    private Optional<AuthenticatedUser> logIn(String name, char[] secret) {
        try {
            setErrorMessage(null);
            failure.hide();
            AuthenticatedUser accepted;
            try {
                accepted = BackgroundWork.run(getShell(), new Control[] { dialogArea, buttonBar }, () -> accounts.authenticate(name, secret));
            } catch (PasswordExpiredException e) {
                Optional<AuthenticatedUser> renewed = renew(name, secret, e.getMessage());
                if (renewed.isEmpty()) {
                    refused(e.getMessage()); // not renewed: the person may try again, or cancel
                }
                return renewed;
            }
            showDirectoryNotice(accepted);
            offerChangeBeforeExpiry(name, secret, accepted);
            return Optional.of(accepted);
        } catch (Exception e) {
            report(e);
            return Optional.empty();
        }
    }

    /** The password just typed is the current one: only the new one is asked, then the login completes with it. */
    private Optional<AuthenticatedUser> renew(String name, char[] secret, String why) throws AccountException {
        AtomicReference<AuthenticatedUser> renewed = new AtomicReference<>();
        new ChangePasswordDialog(getShell(), policyFor(name), false, Messages.passwordRenewTitle, why, (current, next) -> {
            accounts.changePassword(name, secret, next);
            renewed.set(accounts.authenticate(name, next));
        }).open();
        return Optional.ofNullable(renewed.get());
    }

    /** What the directory warned of (grace logins left, a password about to expire): said before the workbench opens. */
    private void showDirectoryNotice(AuthenticatedUser accepted) {
        accounts.loginNotice(accepted).ifPresent(notice -> MessageDialog.openWarning(getShell(), Messages.directoryNoticeTitle, notice));
    }

    private void offerChangeBeforeExpiry(String name, char[] secret, AuthenticatedUser accepted) throws AccountException {
        PasswordStatus status;
        try {
            status = accounts.passwordStatus(accepted);
        } catch (AccountException e) {
            ILog.of(getClass()).warn(e.getMessage(), e); // the login itself succeeded: it goes on
            return;
        }
        if (!status.warn() || status.expiresAt().isEmpty()) {
            return;
        }
        String question = MessageFormat.format(Messages.passwordExpiresSoon, status.daysLeft(clock.instant()).orElse(0L),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(clock.getZone()).format(status.expiresAt().get()));
        MessageDialog ask = new MessageDialog(getShell(), Messages.passwordExpiresSoonTitle, null, question, MessageDialog.QUESTION,
                CHANGE_NOW, Messages.passwordChangeNowButton, Messages.passwordChangeLaterButton);
        if (ask.open() == CHANGE_NOW) {
            new ChangePasswordDialog(getShell(), policyFor(name), false, Messages.changePasswordTitle, Messages.passwordChangeNowMessage,
                    (current, next) -> accounts.changePassword(name, secret, next)).open();
        }
    }

    private PasswordPolicy policyFor(String name) throws AccountException {
        return PasswordPolicies.passwordPolicyFor(name, accounts);
    }

    /**
     * The person tries again: the password is typed anew. A long refusal (a ban with its period,
     * author and message) would be cut in the two-line title area: it is shown whole below.
     */
    @Override
    protected void refused(String message) {
        if (message.length() > LONGEST_TITLE_MESSAGE || message.contains("\n")) { //$NON-NLS-1$
            setErrorMessage(Messages.loginRefusedSeeBelow);
            failure.show(message);
        } else {
            setErrorMessage(message);
        }
        password.setText(""); //$NON-NLS-1$
        password.setFocus();
    }
}
