package org.castellan.menu.ui.internal;

import java.util.Arrays;
import java.util.Objects;

import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.CompactTitleAreaDialog;
import org.castellan.ui.Fields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * "Ask password": a supervisor (a user of the maximum level) types his login and password to let
 * the user open an option. The check and its journal events are the service's
 * ({@link MenuLevels#stepUp}); a refusal stays in the dialog, which closes only on success or Cancel.
 */
public final class SupervisorPasswordDialog extends CompactTitleAreaDialog {

    public static final String LOGIN = "supervisorLogin"; //$NON-NLS-1$
    public static final String PASSWORD = "supervisorPassword"; //$NON-NLS-1$

    private final MenuLevels menu;
    private final AuthenticatedUser user;
    private final String contributionId;
    private final String optionLabel;
    private Text login;
    private Text password;

    public SupervisorPasswordDialog(Shell parent, MenuLevels menu, AuthenticatedUser user, String contributionId, String optionLabel) {
        super(parent, Messages.askPasswordShell, Messages.askPasswordAllow);
        this.menu = Objects.requireNonNull(menu);
        this.user = Objects.requireNonNull(user);
        this.contributionId = Objects.requireNonNull(contributionId);
        this.optionLabel = Objects.requireNonNull(optionLabel);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = titledArea(parent, NLS.bind(Messages.askPasswordTitle, optionLabel), NLS.bind(Messages.askPasswordMessage, MenuLevels.MAXIMUM_LEVEL));
        Composite body = createBody(area, 2);
        login = field(body, Messages.askPasswordLogin, LOGIN, SWT.NONE);
        password = field(body, Messages.askPasswordPassword, PASSWORD, SWT.PASSWORD);
        return area;
    }

    private static Text field(Composite body, String caption, String name, int style) {
        Label label = new Label(body, SWT.NONE);
        label.setText(caption);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE | style);
        text.setData(Fields.NAME, name);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        char[] typed = password.getTextChars();
        try {
            menu.stepUp(user, contributionId, login.getText().trim(), typed);
            super.okPressed();
        } catch (MenuException e) {
            setErrorMessage(e.getMessage());
            password.setText(""); //$NON-NLS-1$
            password.setFocus();
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
