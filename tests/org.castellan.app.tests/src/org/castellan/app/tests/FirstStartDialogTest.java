package org.castellan.app.tests;

import static org.castellan.ui.internal.Messages.passwordFollowsRules;
import static org.castellan.ui.internal.Messages.passwordRuleBroken;
import static org.castellan.ui.internal.Messages.passwordRuleMet;
import static org.castellan.ui.internal.Messages.passwordRulesHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.dialogs.FirstStartDialog;
import org.castellan.app.internal.dialogs.PassphraseDialog;
import org.castellan.app.internal.flow.FirstStart;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.flow.PublishedStore;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationOpener;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The First-start dialog, driven through its real widgets. */
class FirstStartDialogTest {

    private static final String NAME = "Pharmacy of the Market Square";
    private static final String PASSPHRASE = "long enough passphrase";

    @TempDir
    Path temp;

    @Test
    void checksTheInputLiveAndCreatesTheInstallationAndItsAdministrator() throws Exception {
        Path folder = temp.resolve("pharmacy");
        try (FirstStart action = FirstStart.newInstallation(folder, Installations.context())) {
            FirstStartDialog dialog = new FirstStartDialog(null, action);
            Ui.drive(dialog, shell -> {
            Button ok = Ui.button(shell, IDialogConstants.OK_ID);
            Label rules = Ui.label(shell, FirstStartDialog.PASSWORD_RULES);
            Text password = Ui.text(shell, FirstStartDialog.PASSWORD);
            Text confirmation = Ui.text(shell, FirstStartDialog.CONFIRMATION);
            assertEquals(Messages.firstStartShellTitle, shell.getText());
            assertEquals("Castellan \u2014 First start", shell.getText());
            assertEquals(FirstStartDialog.DEFAULT_LOGIN, Ui.text(shell, FirstStartDialog.LOGIN).getText());
            assertFalse(ok.isEnabled(), "nothing typed yet");
            assertNull(dialog.getErrorMessage(), "no error before the person types");
            assertShowsEveryBrokenRule(rules, "");
            Screenshots.of(shell, "first-start-empty");

            Ui.type(Ui.text(shell, FirstStartDialog.INSTALLATION_NAME), NAME);
            Ui.type(Ui.text(shell, FirstStartDialog.DISPLAY_NAME), Installations.DISPLAY_NAME);
            Ui.type(password, "weak");
            Ui.type(confirmation, "weak");
            assertShowsEveryBrokenRule(rules, "weak");
            assertEquals(4, PasswordPolicy.DEFAULT.check("weak".toCharArray()).size());
            assertFalse(ok.isEnabled(), "weak password");
            assertEquals(Messages.firstStartPasswordBreaksRules, dialog.getErrorMessage());
            Screenshots.of(shell, "first-start-weak-password");

            Ui.type(password, Installations.PASSWORD);
            assertTrue(rules.getText().startsWith(passwordFollowsRules), rules::getText);
            assertShowsEveryBrokenRule(rules, Installations.PASSWORD);
            assertFalse(ok.isEnabled(), "confirmation differs");
            assertEquals(Messages.firstStartConfirmationDiffers, dialog.getErrorMessage());
            Screenshots.of(shell, "first-start-confirmation-differs");

            Ui.type(confirmation, Installations.PASSWORD);
            assertTrue(ok.isEnabled());
            assertNull(dialog.getErrorMessage());
            Screenshots.of(shell, "first-start-ready");

            Ui.click(ok);
            assertEquals(Window.OK, dialog.getReturnCode());
            assertTrue(shell.isDisposed(), "the dialog closes once the administrator exists");
            });
            AuthenticatedUser admin = dialog.administrator().orElseThrow();
            assertEquals(Installations.LOGIN, admin.login());
            assertEquals(Installations.DISPLAY_NAME, admin.displayName());
            assertEquals(AccountService.MAXIMUM_LEVEL, admin.authorizationLevel());
            try (LoggedIn loggedIn = action.complete(admin)) {
                assertEquals(NAME, loggedIn.installationName());
                AccountService accounts = loggedIn.store().accounts();
                assertFalse(accounts.needsFirstAdministrator());
                assertEquals(admin.id(), accounts.authenticate(Installations.LOGIN, Installations.PASSWORD.toCharArray()).id());
            }
        }
        assertTrue(InstallationOpener.holdsInstallation(folder));
        try (CastellanStore reopened = CastellanStore.open(folder, Optional.empty())) {
            var installation = reopened.model().load();
            assertEquals(NAME, installation.getName());
            assertEquals(2, installation.getUsers().size(), "the administrator, and the guest with guest access off");
            assertEquals(Installations.LOGIN, installation.getUsers().get(0).getLogin());
            assertTrue(installation.getUsers().get(1).isGuest());
            assertFalse(installation.getUsers().get(1).isEnabled());
        }
    }

    @Test
    void encryptionNeedsAConfirmedPassphraseWhichIsAskedAgainUntilRight() throws Exception {
        Path folder = temp.resolve("encrypted");
        try (FirstStart action = FirstStart.newInstallation(folder, Installations.context())) {
            FirstStartDialog dialog = new FirstStartDialog(null, action);
            Ui.drive(dialog, shell -> {
            Button ok = Ui.button(shell, IDialogConstants.OK_ID);
            Text passphrase = Ui.text(shell, FirstStartDialog.PASSPHRASE);
            Text passphraseConfirmation = Ui.text(shell, FirstStartDialog.PASSPHRASE_CONFIRMATION);
            Ui.type(Ui.text(shell, FirstStartDialog.INSTALLATION_NAME), "Accounting firm");
            Ui.type(Ui.text(shell, FirstStartDialog.PASSWORD), Installations.PASSWORD);
            Ui.type(Ui.text(shell, FirstStartDialog.CONFIRMATION), Installations.PASSWORD);
            assertTrue(ok.isEnabled(), "encryption is optional");
            assertFalse(passphrase.isEnabled(), "no passphrase without encryption");

            Ui.click(Ui.named(shell, Button.class, FirstStartDialog.ENCRYPT));
            assertTrue(passphrase.isEnabled());
            assertFalse(ok.isEnabled(), "encryption needs a passphrase");
            Ui.type(passphrase, "short");
            assertEquals(NLS.bind(Messages.firstStartPassphraseTooShort, NewInstallation.MINIMUM_PASSPHRASE_LENGTH),
                    dialog.getErrorMessage());
            Ui.type(passphrase, PASSPHRASE);
            Ui.type(passphraseConfirmation, "another passphrase");
            assertEquals(Messages.firstStartPassphraseDiffers, dialog.getErrorMessage());
            assertFalse(ok.isEnabled());
            Ui.type(passphraseConfirmation, PASSPHRASE);
            assertTrue(ok.isEnabled());
            Screenshots.of(shell, "first-start-encrypted");
            Ui.click(ok);
            assertTrue(shell.isDisposed());
            });
            action.complete(dialog.administrator().orElseThrow()).close();
        }

        StoreException refused = assertThrows(StoreException.class, () -> CastellanStore.open(folder, Optional.empty()));
        assertEquals(Problem.BOOT_PASSWORD, refused.problem());

        List<Optional<String>> problems = new ArrayList<>();
        List<String> answers = new ArrayList<>(List.of("wrong passphrase", PASSPHRASE));
        InstallationOpener opener = new InstallationOpener((where, problem) -> {
            assertEquals(folder.toAbsolutePath().normalize(), where.toAbsolutePath().normalize());
            problems.add(problem);
            return Optional.of(answers.remove(0).toCharArray());
        });
        try (CastellanStore store = opener.open(folder).orElseThrow()) {
            assertEquals("Accounting firm", store.model().load().getName());
        }
        assertEquals(2, problems.size(), "asked again after the wrong passphrase");
        assertTrue(problems.get(0).isEmpty());
        assertTrue(problems.get(1).isPresent());

        // The passphrase dialog as it appears the second time, with the store's message.
        PassphraseDialog again = new PassphraseDialog(null, folder, problems.get(1));
        Ui.drive(again, shell -> {
        assertEquals(Messages.passphraseRefused, again.getErrorMessage());
        assertEquals(problems.get(1).get(), Ui.label(shell, PassphraseDialog.PROBLEM).getText(), "the store's message, whole");
        Button open = Ui.button(shell, IDialogConstants.OK_ID);
        assertFalse(open.isEnabled());
        Ui.type(Ui.text(shell, PassphraseDialog.PASSPHRASE), PASSPHRASE);
        Screenshots.of(shell, "passphrase-asked-again");
        Ui.click(open);
        assertEquals(PASSPHRASE, new String(again.passphrase().orElseThrow()));
        });
        assertTrue(InstallationOpener.holdsInstallation(folder));
        assertTrue(Files.isRegularFile(folder.resolve("installation.properties")));
    }

    @Test
    void aFailedCreateShowsTheStoreMessageAndKeepsTheDialogOpen() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "a file where the installation should be");
        try (FirstStart action = FirstStart.newInstallation(file, Installations.context())) {
            FirstStartDialog dialog = new FirstStartDialog(null, action);
            Ui.drive(dialog, shell -> {
            Ui.type(Ui.text(shell, FirstStartDialog.INSTALLATION_NAME), NAME);
            Ui.type(Ui.text(shell, FirstStartDialog.PASSWORD), Installations.PASSWORD);
            Ui.type(Ui.text(shell, FirstStartDialog.CONFIRMATION), Installations.PASSWORD);
            Label failure = Ui.label(shell, FirstStartDialog.FAILURE);
            assertFalse(failure.isVisible());
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
            assertFalse(shell.isDisposed(), "the dialog stays open");
            assertEquals(Messages.firstStartFailed, dialog.getErrorMessage());
            assertTrue(failure.isVisible());
            StoreException expected = assertThrows(StoreException.class,
                    () -> CastellanStore.create(file, NewInstallation.unencrypted(NAME)));
            assertEquals(Problem.NOT_A_FOLDER, expected.problem());
            assertEquals(expected.getMessage(), failure.getText());
            assertTrue(failure.getText().contains(file.toString()), "the message names the folder");
            assertTrue(action.createsInstallation(), "nothing was created");
            Screenshots.of(shell, "first-start-failed");
            });
            assertTrue(dialog.administrator().isEmpty());
        }
        assertEquals("a file where the installation should be", Files.readString(file), "the file is untouched");
    }

    @Test
    void anInstallationWithoutAdministratorOnlyAsksForTheAdministrator() throws Exception {
        Path folder = temp.resolve("interrupted");
        // A first start that stopped after the database was created, before the administrator.
        CastellanStore.create(folder, NewInstallation.unencrypted(NAME)).close();
        PublishedStore published = PublishedStore.publish(Installations.context(), CastellanStore.open(folder, Optional.empty()));
        AccountService accounts = published.accounts();
        assertTrue(accounts.needsFirstAdministrator());
        try (FirstStart action = FirstStart.administratorOnly(published, published.installationName(), accounts.passwordPolicy())) {
            assertFalse(action.createsInstallation());
            FirstStartDialog dialog = new FirstStartDialog(null, action);
            Ui.drive(dialog, shell -> {
            assertThrows(AssertionError.class, () -> Ui.text(shell, FirstStartDialog.INSTALLATION_NAME), "no installation fields");
            assertThrows(AssertionError.class, () -> Ui.named(shell, Button.class, FirstStartDialog.ENCRYPT), "no encryption fields");
            assertEquals(Messages.firstStartAdministratorMessage, dialog.getMessage());
            Ui.type(Ui.text(shell, FirstStartDialog.PASSWORD), Installations.PASSWORD);
            Ui.type(Ui.text(shell, FirstStartDialog.CONFIRMATION), Installations.PASSWORD);
            Screenshots.of(shell, "first-start-administrator-only");
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
            assertTrue(shell.isDisposed());
            });
            try (LoggedIn loggedIn = action.complete(dialog.administrator().orElseThrow())) {
                assertEquals(NAME, loggedIn.installationName());
                assertFalse(accounts.needsFirstAdministrator());
            }
        }
    }

    @Test
    void cancelledPassphraseOpensNothing() throws Exception {
        Path folder = temp.resolve("cancelled");
        Installations.create(folder, "Retail chain", PASSPHRASE).close();
        assertTrue(new InstallationOpener((where, problem) -> Optional.empty()).open(folder).isEmpty());
    }

    /** Every rule is listed, marked as still broken or met by the password. */
    private static void assertShowsEveryBrokenRule(Label rules, String password) {
        List<String> broken = PasswordPolicy.DEFAULT.check(password.toCharArray());
        List<String> lines = List.of(rules.getText().split("\n"));
        for (String rule : PasswordPolicy.DEFAULT.check(new char[0])) {
            String expected = NLS.bind(broken.contains(rule) ? passwordRuleBroken : passwordRuleMet, rule);
            assertTrue(lines.contains(expected), () -> "missing \"" + expected + "\" in:\n" + rules.getText());
        }
        assertEquals(broken.isEmpty() ? passwordFollowsRules
                : NLS.bind(passwordRulesHeader, broken.size(), PasswordPolicy.DEFAULT.check(new char[0]).size()), lines.get(0));
    }
}
