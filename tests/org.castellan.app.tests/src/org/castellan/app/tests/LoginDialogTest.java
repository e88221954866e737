package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.PublishedStore;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.InstallationOpener;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Login dialog against a real installation, driven through its widgets. */
class LoginDialogTest {

    private static final String NAME = "Accounting firm Dupont";

    @TempDir
    Path temp;

    @Test
    void refusesAWrongPasswordInTheDialogAndAcceptsTheRightOne() throws Exception {
        Path folder = temp.resolve("firm");
        Installations.create(folder, NAME, null).close();

        InstallationOpener opener = new InstallationOpener((where, problem) -> fail("not encrypted"));
        try (PublishedStore published = PublishedStore.publish(Installations.context(), opener.open(folder).orElseThrow())) {
            AccountService accounts = published.accounts();
            assertFalse(accounts.needsFirstAdministrator());
            String refusal = assertThrows(AccountException.class,
                    () -> accounts.authenticate(Installations.LOGIN, "Wrong-passw0rd!".toCharArray())).getMessage();

            LoginDialog dialog = new LoginDialog(null, accounts, published.installationName());
            Shell shell = Ui.open(dialog);
            try {
                assertEquals("Castellan \u2014 Log in", shell.getText());
                assertTrue(Ui.shownTexts(shell).contains(NLS.bind(Messages.loginTitle, NAME)), "titled after the installation");
                Button ok = Ui.button(shell, IDialogConstants.OK_ID);
                Text login = Ui.text(shell, LoginDialog.LOGIN);
                Text password = Ui.text(shell, LoginDialog.PASSWORD);
                assertFalse(ok.isEnabled());
                Screenshots.of(shell, "login-empty");

                Ui.type(login, Installations.LOGIN);
                Ui.type(password, "Wrong-passw0rd!");
                Ui.click(ok);
                assertFalse(shell.isDisposed(), "a refusal keeps the dialog open");
                assertEquals(refusal, dialog.getErrorMessage());
                assertEquals("", password.getText(), "the refused password is cleared");
                assertEquals(Installations.LOGIN, login.getText(), "the login stays");
                assertTrue(dialog.user().isEmpty());
                Screenshots.of(shell, "login-refused");

                Ui.type(password, Installations.PASSWORD);
                Ui.click(ok);
                assertTrue(shell.isDisposed(), "the right password closes the dialog");
                assertEquals(Window.OK, dialog.getReturnCode());
            } finally {
                Ui.closeIfOpen(dialog);
            }
            AuthenticatedUser user = dialog.user().orElseThrow();
            assertEquals(Installations.LOGIN, user.login());
            assertEquals(Installations.DISPLAY_NAME, user.shownName());
        }
    }

    @Test
    void cancelLogsNobodyIn() throws Exception {
        Path folder = temp.resolve("cancel");
        Installations.create(folder, NAME, null).close();
        try (PublishedStore published = PublishedStore.publish(Installations.context(),
                new InstallationOpener((where, problem) -> fail("not encrypted")).open(folder).orElseThrow())) {
            LoginDialog dialog = new LoginDialog(null, published.accounts(), NAME);
            Shell shell = Ui.open(dialog);
            Ui.type(Ui.text(shell, LoginDialog.LOGIN), Installations.LOGIN);
            Ui.type(Ui.text(shell, LoginDialog.PASSWORD), Installations.PASSWORD);
            Ui.click(Ui.button(shell, IDialogConstants.CANCEL_ID));
            assertTrue(shell.isDisposed());
            assertEquals(Window.CANCEL, dialog.getReturnCode());
            assertTrue(dialog.user().isEmpty());
        }
    }
}
