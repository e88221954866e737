package org.castellan.app.tests;

import static org.castellan.ui.internal.Messages.changePasswordMismatch;
import static org.castellan.ui.internal.Messages.changePasswordShellTitle;
import static org.castellan.ui.internal.Messages.passwordFollowsRules;
import static org.castellan.ui.internal.Messages.passwordRuleBroken;
import static org.castellan.ui.internal.Messages.passwordRuleMet;
import static org.castellan.ui.internal.Messages.passwordRulesHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.Fields;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reusable password dialog against a real installation, driven through its widgets. */
class ChangePasswordDialogTest {

    static final String NEW_PASSWORD = "N3w-Passw0rd!x";

    @TempDir
    Path temp;

    @Test
    void checksAsThePersonTypesAndKeepsARefusalInTheDialog() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("pharmacy"), "Pharmacy", null)) {
            AccountService accounts = loggedIn.store().accounts();
            PasswordPolicy policy = PasswordPolicy.DEFAULT;
            ChangePasswordDialog dialog = new ChangePasswordDialog(null, policy, true, Messages.changePasswordTitle,
                    Messages.changePasswordMessage, (current, next) -> accounts.changePassword(Installations.LOGIN, current, next));
            Shell shell = Ui.open(dialog);
            try {
                assertEquals(changePasswordShellTitle, shell.getText());
                Text current = Ui.text(shell, ChangePasswordDialog.CURRENT);
                Text next = Ui.text(shell, ChangePasswordDialog.NEW);
                Text confirm = Ui.text(shell, ChangePasswordDialog.CONFIRM);
                Label rules = Ui.label(shell, ChangePasswordDialog.PASSWORD_RULES);
                Label mismatch = Ui.label(shell, ChangePasswordDialog.MISMATCH);
                Button ok = Ui.button(shell, IDialogConstants.OK_ID);
                for (Text secret : new Text[] { current, next, confirm }) {
                    assertTrue((secret.getStyle() & SWT.PASSWORD) != 0, "nothing in clear");
                }
                assertFalse(ok.isEnabled());
                assertEquals(NLS.bind(passwordRulesHeader, policy.rules().size(), policy.rules().size()), lines(rules).get(0));
                Screenshots.of(shell, "change-password-empty");

                Ui.type(next, "abc");
                List<String> shown = lines(rules);
                assertTrue(shown.contains(NLS.bind(passwordRuleMet, policy.rules().get(2))), shown::toString); // lower case
                assertTrue(shown.contains(NLS.bind(passwordRuleBroken, policy.rules().get(0))), shown::toString); // length
                assertEquals(NLS.bind(passwordRulesHeader, policy.rules().size() - 1, policy.rules().size()), shown.get(0));

                Ui.type(current, Installations.PASSWORD);
                Ui.type(next, NEW_PASSWORD);
                Ui.type(confirm, NEW_PASSWORD + "?");
                assertEquals(changePasswordMismatch, mismatch.getText(), "the mismatch is said at once");
                assertTrue(mismatch.getSize().x >= mismatch.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, "the whole message shows");
                assertTrue(rules.getText().startsWith(passwordFollowsRules), rules::getText);
                assertFalse(ok.isEnabled());
                Screenshots.of(shell, "change-password-mismatch");

                Ui.type(confirm, NEW_PASSWORD);
                assertEquals("", mismatch.getText());
                assertTrue(ok.isEnabled());

                Ui.type(current, "Wrong-passw0rd!");
                Ui.click(ok);
                assertFalse(shell.isDisposed(), "a refusal keeps the dialog open");
                assertTrue(dialog.getErrorMessage() != null && !dialog.getErrorMessage().isEmpty());
                assertEquals("", current.getText(), "the wrong current password is typed again");
                assertEquals(NEW_PASSWORD.length(), next.getCharCount(), "the new password stays");
                Screenshots.of(shell, "change-password-refused");

                Ui.type(current, Installations.PASSWORD);
                Ui.click(ok);
                assertTrue(shell.isDisposed(), "the change closes the dialog");
            } finally {
                Ui.closeIfOpen(dialog);
            }
            assertEquals(Installations.LOGIN, accounts.authenticate(Installations.LOGIN, NEW_PASSWORD.toCharArray()).login());
            assertThrows(AccountException.class, () -> accounts.authenticate(Installations.LOGIN, Installations.PASSWORD.toCharArray()));
        }
    }

    @Test
    void withoutTheCurrentPasswordOnlyTheNewOneIsAskedAndTheActionGetsNoCurrent() throws Exception {
        char[][] applied = new char[2][];
        ChangePasswordDialog dialog = new ChangePasswordDialog(null, PasswordPolicy.PHARMACY_PRESET, false, "Renew", "Choose one",
                (current, next) -> {
                    applied[0] = current.clone();
                    applied[1] = next.clone();
                });
        Shell shell = Ui.open(dialog);
        try {
            assertTrue(Ui.all(shell).stream().noneMatch(c -> ChangePasswordDialog.CURRENT.equals(c.getData(Fields.NAME))));
            Ui.type(Ui.text(shell, ChangePasswordDialog.NEW), "Ab1-cd");
            Ui.type(Ui.text(shell, ChangePasswordDialog.CONFIRM), "Ab1-cd");
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
            assertTrue(shell.isDisposed());
        } finally {
            Ui.closeIfOpen(dialog);
        }
        assertEquals(0, applied[0].length);
        assertEquals("Ab1-cd", new String(applied[1]));
    }

    private static List<String> lines(Label label) {
        return List.of(label.getText().split("\n"));
    }
}
