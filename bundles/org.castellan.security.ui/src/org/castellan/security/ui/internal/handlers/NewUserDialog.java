package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * First step of a new user: the login, checked by the service (free, not confusable with an
 * existing one, allowed characters for a domain user) before the rest of the form opens; then
 * name, e-mail, kind and level. The password is the second step.
 */
public final class NewUserDialog extends TitledDialog {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String LOGIN = "login"; //$NON-NLS-1$
    public static final String DOMAIN = "domain"; //$NON-NLS-1$
    public static final String CHECK = "checkLogin"; //$NON-NLS-1$
    public static final String DISPLAY_NAME = "displayName"; //$NON-NLS-1$
    public static final String EMAIL = "email"; //$NON-NLS-1$
    public static final String EXTERNAL = "external"; //$NON-NLS-1$
    public static final String LEVEL = "level"; //$NON-NLS-1$

    /** What the first step gathered. */
    public record Draft(String login, boolean domain, String displayName, String email, boolean external, int level) {
    }

    private final Draft initial;
    private Text login;
    /** Width at which a check box's explanation wraps. */
    private static final int CHECK_WIDTH = 440;
    private Button domain;
    private Text displayName;
    private Text email;
    private Button external;
    private Spinner level;
    private String checkedLogin;
    private Draft draft;

    public NewUserDialog(Shell parent, Draft initial) {
        super(parent, Messages.newUserShellTitle, Messages.nextButton);
        this.initial = initial;
        setHelpAvailable(false);
    }

    public Optional<Draft> draft() {
        return Optional.ofNullable(draft);
    }

    @Override
    public void create() {
        createTitled(Messages.newUserTitle, Messages.newUserMessage);
        loginEdited();
        login.setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 3);
        login = text(body, Messages.fieldLogin, LOGIN, 1);
        Button check = new Button(body, SWT.PUSH);
        check.setText(Messages.checkLoginButton);
        check.setData(Fields.NAME, CHECK);
        check.addListener(SWT.Selection, e -> checkLogin());
        new Label(body, SWT.NONE);
        domain = new Button(body, SWT.CHECK | SWT.WRAP);
        domain.setText(Messages.fieldDomain);
        domain.setData(Fields.NAME, DOMAIN);
        // the explanation wraps: on one line it made the dialog wider than a 1024-pixel screen
        GridDataFactory.fillDefaults().span(2, 1).hint(CHECK_WIDTH, SWT.DEFAULT).applyTo(domain);
        displayName = text(body, Messages.fieldDisplayName, DISPLAY_NAME, 2);
        email = text(body, Messages.fieldEmail, EMAIL, 2);
        level = levelField(body);
        new Label(body, SWT.NONE);
        external = new Button(body, SWT.CHECK | SWT.WRAP);
        external.setText(Messages.fieldExternalLong);
        external.setData(Fields.NAME, EXTERNAL);
        GridDataFactory.fillDefaults().span(2, 1).hint(CHECK_WIDTH, SWT.DEFAULT).applyTo(external);
        if (initial != null) {
            displayName.setText(initial.displayName() == null ? "" : initial.displayName()); //$NON-NLS-1$
            email.setText(initial.email() == null ? "" : initial.email()); //$NON-NLS-1$
            external.setSelection(initial.external());
            level.setSelection(initial.level());
            domain.setSelection(initial.domain());
        }
        login.addModifyListener(e -> loginEdited());
        domain.addListener(SWT.Selection, e -> loginEdited());
        login.addListener(SWT.DefaultSelection, e -> checkLogin());
        login.addListener(SWT.FocusOut, e -> {
            if (!login.getText().isEmpty()) {
                checkLogin();
            }
        });
        return area;
    }

    /** The authorization level a new user gets, 0 to 9, captioned, across two columns of a three-column grid. */
    static Spinner levelField(Composite body) {
        new Label(body, SWT.NONE).setText(Messages.fieldLevel);
        Spinner level = new Spinner(body, SWT.BORDER);
        level.setMinimum(0);
        level.setMaximum(AccountService.MAXIMUM_LEVEL);
        level.setData(Fields.NAME, LEVEL);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(level);
        return level;
    }

    private static Text text(Composite body, String caption, String name, int span) {
        new Label(body, SWT.NONE).setText(caption);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
        text.setData(Fields.NAME, name);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A changed login must be checked again before the rest of the form is accepted. */
    private void loginEdited() {
        checkedLogin = null;
        setFormEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.newUserMessage);
    }

    private void checkLogin() {
        String wanted = login.getText();
        try {
            Services.get(UserAdministration.class).checkLoginAvailable(SecurityServices.currentUser(), wanted, domain.getSelection());
            checkedLogin = wanted;
            setErrorMessage(null);
            setMessage(org.eclipse.osgi.util.NLS.bind(Messages.loginAvailable, wanted));
            setFormEnabled(true);
        } catch (AccountException e) {
            setErrorMessage(e.getMessage());
            setFormEnabled(false);
        }
    }

    private void setFormEnabled(boolean enabled) {
        for (Control c : new Control[] { displayName, email, external, level }) {
            c.setEnabled(enabled);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(enabled);
        }
    }

    @Override
    protected void okPressed() {
        if (checkedLogin == null || !checkedLogin.equals(login.getText())) {
            checkLogin();
            if (checkedLogin == null) {
                return;
            }
        }
        String name = displayName.getText().strip();
        String mail = email.getText().strip();
        draft = new Draft(checkedLogin, domain.getSelection(), name.isEmpty() ? null : name, mail.isEmpty() ? null : mail,
                external.getSelection(), level.getSelection());
        super.okPressed();
    }
}
