package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupService;
import org.castellan.backup.ui.internal.BackupPerspective;
import org.castellan.backup.ui.internal.BackupView;
import org.castellan.backup.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backup view as an administrator uses it: Initialise Medium (choose, confirm, "Medium
 * initialised"), then the one-click backup ("Back Up...", "OK", "OK", and the result), then the
 * restore wizard into a new folder; each dialog is photographed.
 */
class BackupViewTest {

    private static final int JOB_MILLIS = 180_000;

    @TempDir
    Path temp;

    @Test
    void initialiseBackUpInThreeClicksAndRestoreIntoANewFolder() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Parc")) {
            BackupService service = Installations.service(BackupService.class);
            Path medium = Files.createDirectories(temp.resolve("usb-key"));
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = workbench.showPerspective(BackupPerspective.ID, window);
            try {
                BackupView view = (BackupView) page.findView(BackupView.ID);
                assertTrue(view != null, "the Backup perspective shows the Backup view");
                Shell shell = window.getShell();
                assertTrue(Ui.waitFor(display, 5000, () -> Ui.shownTexts(shell).contains(Messages.serverThisAlone)), "the toolbar says where the database is: "
                        + Ui.shownTexts(shell));
                assertTrue(Ui.all(shell).stream().anyMatch(c -> c instanceof Label mark && mark.getImage() != null
                        && Messages.serverThisAloneTip.equals(mark.getToolTipText())), "the server's red mark stands before the text");
                Screenshots.of(shell, "backup-view-no-medium");

                initialiseMedium(display, shell, medium);
                assertTrue(service.medium().ready(), service.medium().message());
                // issue 21: the view said no medium was initialised until a backup had finished
                String ready = NLS.bind(Messages.mediumReady, medium);
                assertTrue(Ui.waitFor(display, 5000, () -> Ui.shownTexts(shell).contains(ready)), "the view shows the medium ready at once: "
                        + Ui.shownTexts(shell));

                backUpInThreeClicks(display, shell);
                List<BackupRecord> backups = service.backups(medium);
                assertEquals(1, backups.size(), "one good backup on the medium");
                Ui.settle(display, 300);
                Screenshots.of(shell, "backup-view-after-backup");

                Path restored = temp.resolve("restored");
                restore(display, shell, restored);
                assertTrue(Files.isRegularFile(restored.resolve("installation.properties")), "the restored installation is there");
                assertTrue(Files.isDirectory(restored.resolve("database")));
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    private static void initialiseMedium(Display display, Shell shell, Path medium) throws Exception {
        new DialogScript(display).thenShellTitled(Messages.initialiseTitle, wizard -> {
            Button next = Ui.button(wizard, IDialogConstants.NEXT_ID);
            typeFolder(wizard, medium, next, "no folder chosen yet", "an empty folder can be initialised");
            Screenshots.of(wizard, "initialise-medium-step1");
            Ui.click(next);
            assertTrue(String.join(" ", Ui.shownTexts(wizard)).contains(medium.toString()), "the confirmation names the folder");
            Screenshots.of(wizard, "initialise-medium-step2");
            // Finish opens "Medium initialised" inside the click: clicked later, so that this step returns and the script sees it.
            Button finish = Ui.button(wizard, IDialogConstants.FINISH_ID);
            display.asyncExec(() -> Ui.click(finish));
        }).thenShellShowing(Messages.initialiseTitle, "Medium initialised", box -> {
            Screenshots.of(box, "initialise-medium-done");
            Ui.click(Ui.button(box, IDialogConstants.OK_ID));
        }).run(() -> Ui.click(Ui.buttonLabelled(shell, Messages.initialiseButton)));
    }

    private static void backUpInThreeClicks(Display display, Shell shell) throws Exception {
        JobResult result = new JobResult(display, shell(Messages.title, "verified and marked good"), "backup-done", shown -> assertTrue(
                String.join(" ", Ui.shownTexts(shown)).contains("You may remove the medium"), "the medium may be removed"));
        new DialogScript(display).thenShellShowing(Messages.title, "always backed up to", options -> {
            Screenshots.of(options, "backup-options");
            Ui.click(Ui.button(options, IDialogConstants.OK_ID));
        }).thenShellShowing(Messages.title, "now?", confirm -> {
            Screenshots.of(confirm, "backup-confirm");
            Ui.click(Ui.button(confirm, IDialogConstants.OK_ID));
        }).run(() -> Ui.click(Ui.buttonLabelled(shell, Messages.backUpButton)));
        result.await();
    }

    private static void restore(Display display, Shell shell, Path into) throws Exception {
        JobResult result = new JobResult(display, shell(Messages.restoreTitle, "restored and verified"), "restore-done", shown -> assertTrue(
                String.join(" ", Ui.shownTexts(shown)).contains(into.toString()), "the message names the restored folder"));
        new DialogScript(display).thenShellTitled(Messages.restoreTitle, wizard -> {
            Table backups = only(wizard, Table.class);
            assertEquals(1, backups.getItemCount(), "the good backup of the remembered medium is listed");
            assertEquals(0, backups.getSelectionIndex(), "the newest is chosen");
            Screenshots.of(wizard, "restore-step1-choose");
            Ui.click(Ui.button(wizard, IDialogConstants.NEXT_ID));
            Button finish = Ui.button(wizard, IDialogConstants.FINISH_ID);
            typeFolder(wizard, into, finish, "no folder yet", "a plain backup needs no passphrase");
            Screenshots.of(wizard, "restore-step2-target");
            Ui.click(finish);
        }).run(() -> Ui.click(Ui.buttonLabelled(shell, Messages.restoreButton)));
        result.await();
    }

    /** Types {@code folder} into the wizard page's one text field: {@code button} is disabled before ({@code empty}), enabled after ({@code typed}). */
    private static void typeFolder(Shell wizard, Path folder, Button button, String empty, String typed) {
        assertFalse(button.isEnabled(), empty);
        Ui.type(only(wizard, Text.class), folder.toString());
        assertTrue(button.isEnabled(), typed);
    }

    /** The message a Job shows when it ends, after the click that started it has returned: photographed, checked, acknowledged. */
    private static final class JobResult {
        private final Display display;
        private final List<Throwable> failures = new ArrayList<>();
        private boolean done;

        JobResult(Display display, Predicate<Shell> which, String screenshot, Ui.InShell check) {
            this.display = display;
            Ui.whenShellOpens(display, which, screenshot, failures, shown -> {
                Screenshots.of(shown, screenshot);
                check.run(shown);
                Ui.click(Ui.button(shown, IDialogConstants.OK_ID));
                done = true;
            });
        }

        void await() {
            assertTrue(Ui.waitFor(display, JOB_MILLIS, () -> done || !failures.isEmpty()), "the job ends with its message");
            assertEquals(List.of(), failures);
        }
    }

    private static Predicate<Shell> shell(String title, String text) {
        return s -> title.equals(s.getText()) && String.join(" ", Ui.shownTexts(s)).contains(text);
    }

    private static <T extends Control> T only(Shell shell, Class<T> type) {
        return only(shell, type, Control::isVisible, 0);
    }

    /** The index-th visible control of a type in a shell (a wizard keeps its other pages' controls, hidden). */
    private static <T extends Control> T only(Shell shell, Class<T> type, Predicate<Control> which, int index) {
        List<T> found = new ArrayList<>();
        for (Control control : Ui.all(shell)) {
            if (type.isInstance(control) && which.test(control)) {
                found.add(type.cast(control));
            }
        }
        assertTrue(found.size() > index, "a visible " + type.getSimpleName() + " in " + shell.getText());
        return found.get(index);
    }
}
