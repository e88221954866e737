package org.castellan.app.tests;

import static org.castellan.ui.internal.Messages.changePasswordShellTitle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.Fields;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Login dialog's guest button and password expiry, against a real installation. */
class LoginFlowTest {

    private static final String NAME = "Pharmacy of the Market Square";
    /** Passwords expire after 30 days; the login warns from 7 days before. */
    private static final PasswordPolicy EXPIRING = new PasswordPolicy(10, true, true, true, true, 30, 7);

    @TempDir
    Path temp;

    @Test
    void theGuestButtonShowsOnlyWithGuestAccessAndLogsInAsTheGuest() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("guest"), NAME, null)) {
            AccountService accounts = loggedIn.store().accounts();
            LoginDialog without = new LoginDialog(null, accounts, NAME);
            Shell shell = Ui.open(without);
            try {
                assertThrows(AssertionError.class, () -> Ui.button(shell, LoginDialog.GUEST_ID), "guest access is off");
            } finally {
                Ui.closeIfOpen(without);
            }

            Installations.service(UserAdministration.class).setGuestAccess(loggedIn.user(), true);
            LoginDialog with = new LoginDialog(null, accounts, NAME);
            Shell guestShell = Ui.open(with);
            try {
                assertEquals(Messages.loginGuestButton.replace("&", ""), Ui.button(guestShell, LoginDialog.GUEST_ID).getText().replace("&", ""));
                Screenshots.of(guestShell, "login-guest-button");
                Ui.click(Ui.button(guestShell, LoginDialog.GUEST_ID));
                assertTrue(guestShell.isDisposed());
                assertEquals(Window.OK, with.getReturnCode());
            } finally {
                Ui.closeIfOpen(with);
            }
            assertEquals(AccountService.GUEST_LOGIN, with.user().orElseThrow().login());
            // issue 21: the guest's logins were not recorded, so his last login stayed empty
            assertTrue(Installations.service(UserAdministration.class).user(loggedIn.user(), AccountService.GUEST_LOGIN).lastLogin().isPresent(),
                    "the guest's last login is recorded");
        }
    }

    @Test
    void anExpiredPasswordIsRenewedAndTheLoginCompletesWithTheNewOne() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("expired"), NAME, null)) {
            AccountService accounts = loggedIn.store().accounts();
            Installations.service(PasswordPolicyAdministration.class).setInstallationPolicy(loggedIn.user(), EXPIRING);
            passwordChanged(loggedIn, Instant.now().minus(Duration.ofDays(40)));

            List<Throwable> failures = new ArrayList<>();
            Ui.whenShellOpens(Display.getCurrent(), changePasswordShellTitle, failures, renewal -> {
                assertTrue(Ui.shownTexts(renewal).contains(Messages.passwordRenewTitle), () -> Ui.shownTexts(renewal).toString());
                assertTrue(Ui.all(renewal).stream().noneMatch(c -> ChangePasswordDialog.CURRENT.equals(c.getData(Fields.NAME))),
                        "the password just typed is the current one");
                chooseNewPassword(renewal, "login-password-expired");
            });
            LoginDialog dialog = logInAsAdministrator(accounts, failures);
            assertEquals(Installations.LOGIN, dialog.user().orElseThrow().login());
            accounts.authenticate(Installations.LOGIN, ChangePasswordDialogTest.NEW_PASSWORD.toCharArray());
            assertThrows(AccountException.class, () -> accounts.authenticate(Installations.LOGIN, Installations.PASSWORD.toCharArray()));
        }
    }

    @Test
    void aPasswordThatExpiresSoonIsOfferedForChangeAfterTheLogin() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("soon"), NAME, null)) {
            AccountService accounts = loggedIn.store().accounts();
            Installations.service(PasswordPolicyAdministration.class).setInstallationPolicy(loggedIn.user(), EXPIRING);
            // 5 days and 12 hours left: "in 5 days".
            passwordChanged(loggedIn, Instant.now().minus(Duration.ofDays(25)).plus(Duration.ofHours(12)));

            Display display = Display.getCurrent();
            List<Throwable> failures = new ArrayList<>();
            Ui.whenShellOpens(display, Messages.passwordExpiresSoonTitle, failures, question -> {
                String text = String.join("\n", Ui.shownTexts(question));
                assertTrue(text.contains("Your password expires in 5 days (on "), text);
                assertTrue(text.contains("). Change it now?"), text);
                Screenshots.of(question, "login-password-expires-soon");
                Ui.click(Ui.button(question, LoginDialog.CHANGE_NOW));
            });
            Ui.whenShellOpens(display, changePasswordShellTitle, failures,
                    change -> chooseNewPassword(change, "login-change-before-expiry"));
            LoginDialog dialog = logInAsAdministrator(accounts, failures);
            assertEquals(Installations.LOGIN, dialog.user().orElseThrow().login());
            assertFalse(accounts.passwordStatus(dialog.user().get()).warn(), "the new password starts a new period");
            accounts.authenticate(Installations.LOGIN, ChangePasswordDialogTest.NEW_PASSWORD.toCharArray());
        }
    }

    /**
     * Logs the administrator in through a Login dialog; the dialogs that this opens are driven by
     * what the test set up with {@link Ui#whenShellOpens} before.
     */
    private static LoginDialog logInAsAdministrator(AccountService accounts, List<Throwable> failures) throws Exception {
        LoginDialog dialog = new LoginDialog(null, accounts, NAME);
        Shell shell = Ui.open(dialog);
        try {
            Ui.type(Ui.text(shell, LoginDialog.LOGIN), Installations.LOGIN);
            Ui.type(Ui.text(shell, LoginDialog.PASSWORD), Installations.PASSWORD);
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
            assertEquals(List.of(), failures);
            assertTrue(shell.isDisposed(), "the login completed");
        } finally {
            Ui.closeIfOpen(dialog);
        }
        return dialog;
    }

    private static void chooseNewPassword(Shell change, String screenshot) throws Exception {
        Ui.type(Ui.text(change, ChangePasswordDialog.NEW), ChangePasswordDialogTest.NEW_PASSWORD);
        Ui.type(Ui.text(change, ChangePasswordDialog.CONFIRM), ChangePasswordDialogTest.NEW_PASSWORD);
        Screenshots.of(change, screenshot);
        Ui.click(Ui.button(change, IDialogConstants.OK_ID));
    }

    /** Moves the administrator's last password change, as time passing would. */
    private static void passwordChanged(LoggedIn loggedIn, Instant when) throws Exception {
        loggedIn.store().store().inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET password_changed_at = ? WHERE login = ?")) {
                ps.setTimestamp(1, Timestamp.from(when));
                ps.setString(2, Installations.LOGIN);
                ps.executeUpdate();
            }
            // as Castellan's own writes do, or the row is refused at login as changed outside Castellan
            Installations.sealUser(tx, Installations.LOGIN);
            return null;
        });
    }
}
