package org.castellan.ui;

import java.util.Arrays;
import java.util.Objects;

import org.castellan.security.AccountException;
import org.castellan.security.PasswordPolicy;
import org.castellan.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a new password, typed twice, and optionally the current one. Every rule of the policy
 * is listed and marked as met or broken while the person types, a confirmation that differs is
 * said at once, and OK stays disabled until everything is valid. OK runs the
 * {@link PasswordChange} in the background; a refusal is shown in the dialog, which stays open.
 * Passwords are only ever read as character arrays, and wiped once used.
 *
 * @since 0.1
 */
public final class ChangePasswordDialog extends CompactTitleAreaDialog {

    /** What OK does with the passwords; both arrays are wiped after it returns. */
    @FunctionalInterface
    public interface PasswordChange {
        /**
         * @param current the current password typed, or an empty array when the dialog does not ask
         *                for it (the caller knows it, as after a login)
         * @param next    the new password
         * @throws AccountException a refusal (no cause: shown as it is) or a failure (with a cause:
         *                          logged, and shown below the fields)
         */
        void apply(char[] current, char[] next) throws AccountException;
    }

    /** Field names (see {@link Fields#NAME}). */
    public static final String CURRENT = "current", NEW = "newPassword", CONFIRM = "confirm"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    public static final String PASSWORD_RULES = "passwordRules"; //$NON-NLS-1$
    public static final String MISMATCH = "mismatch"; //$NON-NLS-1$
    public static final String FAILURE = "failure"; //$NON-NLS-1$

    private final PasswordPolicy policy;
    private final boolean askCurrent;
    private final String title;
    private final String message;
    private final PasswordChange action;
    private Text current;
    private Text next;
    private Text confirm;
    private Label mismatch;
    private PasswordRulesChecklist rules;
    private ProblemArea failure;

    /**
     * @param policy     the rules the new password must follow (shown; the service checks them again)
     * @param askCurrent whether the person types the current password
     * @param title      the title area's title
     * @param message    the title area's message
     */
    public ChangePasswordDialog(Shell parent, PasswordPolicy policy, boolean askCurrent, String title, String message,
            PasswordChange action) {
        super(parent, Messages.changePasswordShellTitle, Messages.changePasswordButton);
        this.policy = Objects.requireNonNull(policy);
        this.askCurrent = askCurrent;
        this.title = Objects.requireNonNull(title);
        this.message = Objects.requireNonNull(message);
        this.action = Objects.requireNonNull(action);
    }

    @Override
    public void create() {
        createTitled(title, message);
        validate();
        (askCurrent ? current : next).setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 2);
        if (askCurrent) {
            current = Fields.text(body, Messages.changePasswordCurrentLabel, CURRENT, SWT.PASSWORD);
            current.addModifyListener(e -> validate());
        }
        next = Fields.text(body, Messages.changePasswordNewLabel, NEW, SWT.PASSWORD);
        confirm = Fields.text(body, Messages.changePasswordConfirmLabel, CONFIRM, SWT.PASSWORD);
        new Label(body, SWT.NONE); // under the captions
        mismatch = Fields.named(new Label(body, SWT.NONE), MISMATCH);
        mismatch.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        rules = new PasswordRulesChecklist(body, policy, PASSWORD_RULES);
        next.addModifyListener(e -> validate());
        confirm.addModifyListener(e -> validate());
        failure = createFailureArea(body, 2, FAILURE, Messages.changePasswordFailed);
        applyDialogFont(body);
        // As wide as the fields and always a line high: the message shows without a relayout, and the dialog does not jump.
        mismatch.setText(Messages.changePasswordMismatch);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, mismatch.computeSize(SWT.DEFAULT, SWT.DEFAULT).y)
                .applyTo(mismatch);
        mismatch.setText(""); //$NON-NLS-1$
        Fields.fitWrapped(body, convertHorizontalDLUsToPixels(Fields.MINIMUM_DIALOG_WIDTH_DLUS), rules.label());
        rules.reserveHeight();
        return area;
    }

    /** Updates the checklist, the mismatch message and OK from what is typed now. */
    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return; // still being created
        }
        char[] typed = next.getTextChars();
        char[] again = confirm.getTextChars();
        try {
            rules.update(typed);
            boolean differ = !Arrays.equals(typed, again);
            mismatch.setText(differ && again.length > 0 ? Messages.changePasswordMismatch : ""); //$NON-NLS-1$
            boolean currentTyped = !askCurrent || current.getCharCount() > 0;
            getButton(IDialogConstants.OK_ID).setEnabled(currentTyped && !differ && policy.check(typed).isEmpty());
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(again, '\0');
        }
    }

    @Override
    protected void okPressed() {
        char[] old = askCurrent ? current.getTextChars() : new char[0];
        char[] typed = next.getTextChars();
        try {
            setErrorMessage(null);
            failure.hide();
            BackgroundWork.run(getShell(), new Control[] { dialogArea, buttonBar }, () -> {
                action.apply(old, typed);
                return null;
            });
        } catch (Exception e) {
            report(e);
            return;
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(typed, '\0');
        }
        super.okPressed();
    }

    /** A wrong current password is typed again; any other refusal is about the new password. */
    @Override
    protected void refused(String problem) {
        setErrorMessage(problem);
        if (askCurrent) {
            current.setText(""); //$NON-NLS-1$
            current.setFocus();
        } else {
            next.setFocus();
        }
    }
}
