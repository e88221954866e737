package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.WindowTitle;
import org.castellan.security.CompanyAdministration;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.ui.internal.ChooseCompanyDialog;
import org.castellan.sessions.ui.internal.WorkbenchSessionGate;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accountant who works for two firms of one installation: he chooses the firm at login, the
 * window title names it, File › Switch Company… moves his session to the other firm without a new
 * login, and a ban on a firm refuses the switch there while his session stays where it was.
 */
class CompanySwitchTest {

    private static final String SWITCH_COMMAND = "org.castellan.sessions.ui.switchCompany";

    @TempDir
    Path temp;

    @Test
    void heChoosesTheCompanyAtLoginSeesItInTheTitleAndSwitchesWithoutLoggingInAgainExceptIntoABannedOne() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("firms"), "Cabinet Martin", null)) {
            CompanyAdministration companies = Installations.service(CompanyAdministration.class);
            companies.createCompany(loggedIn.user(), "ACME", "Acme Pharmacy");
            companies.createCompany(loggedIn.user(), "NORTH", "North Branch");
            WorkbenchSessionGate gate = Installations.service(WorkbenchSessionGate.class);
            SessionRegistry registry = Installations.service(SessionRegistry.class);
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            try {
                logInChoosing(display, loggedIn, "NORTH");
                assertEquals(Optional.of("NORTH"), gate.session().flatMap(SessionInfo::company));
                assertEquals("Castellan — Cabinet Martin — North Branch — Alice Martin", WindowTitle.of(loggedIn.publishSession()));

                new DialogScript(display).then(ChooseCompanyDialog.COMPANIES, dialog -> {
                    org.eclipse.swt.widgets.List list = Ui.named(dialog, org.eclipse.swt.widgets.List.class, ChooseCompanyDialog.COMPANIES);
                    assertEquals("NORTH — North Branch", list.getSelection()[0], "the current company proposed");
                    Screenshots.of(dialog, "switch-company-dialog");
                    list.select(0);
                    Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
                }).run(() -> Ui.execute(window, SWITCH_COMMAND));
                assertEquals(Optional.of("ACME"), gate.session().flatMap(SessionInfo::company));
                assertEquals(Optional.of("Acme Pharmacy"), gate.company(), "what the window title shows");
                List<SessionInfo> open = registry.sessions(Optional.empty());
                assertEquals(1, open.size(), "the session moved, none left behind in NORTH: " + open);

                registry.block(loggedIn.user(), new BanRequest("NORTH", Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now().plus(1, ChronoUnit.HOURS),
                        "Inventory until noon"));
                new DialogScript(display).then(ChooseCompanyDialog.COMPANIES, dialog -> {
                    Ui.named(dialog, org.eclipse.swt.widgets.List.class, ChooseCompanyDialog.COMPANIES).select(1);
                    Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
                }).thenShellTitled("Switch Company", refusal -> {
                    String shown = String.join(" ", Ui.shownTexts(refusal));
                    assertTrue(shown.contains("Inventory until noon"), shown);
                    Screenshots.of(refusal, "switch-company-refused-by-ban");
                    Ui.click(Ui.button(refusal, IDialogConstants.OK_ID));
                }).run(() -> Ui.execute(window, SWITCH_COMMAND));
                assertEquals(Optional.of("ACME"), gate.session().flatMap(SessionInfo::company), "his session stays where it was");
            } finally {
                gate.loggedOut(loggedIn.user());
            }
        }
    }

    /** The Login dialog asks for the company once the password is right, proposing the last of this workstation. */
    private static void logInChoosing(Display display, LoggedIn loggedIn, String code) throws Exception {
        LoginDialog login = new LoginDialog(null, loggedIn.store().accounts(), "Cabinet Martin");
        Shell dialog = Ui.open(login);
        try {
            Ui.type(Ui.text(dialog, LoginDialog.LOGIN), Installations.LOGIN);
            Ui.type(Ui.text(dialog, LoginDialog.PASSWORD), Installations.PASSWORD);
            new DialogScript(display).then(ChooseCompanyDialog.COMPANIES, choose -> {
                org.eclipse.swt.widgets.List list = Ui.named(choose, org.eclipse.swt.widgets.List.class, ChooseCompanyDialog.COMPANIES);
                assertEquals(List.of("ACME — Acme Pharmacy", "NORTH — North Branch"), List.of(list.getItems()));
                Screenshots.of(choose, "choose-company-at-login");
                list.select(List.of(list.getItems()).stream().map(item -> item.split(" ")[0]).toList().indexOf(code));
                Ui.click(Ui.button(choose, IDialogConstants.OK_ID));
            }).run(() -> Ui.click(Ui.button(dialog, IDialogConstants.OK_ID)));
            assertTrue(Ui.waitFor(display, 10_000, () -> login.user().isPresent()), "logged in");
        } finally {
            Ui.closeIfOpen(login);
        }
    }
}
