package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Restore over the current installation, as a person does it in the product: the Backup
 * perspective's Initialise Medium wizard and Back Up, a change made after that backup (the
 * administrator's password), then the Restore wizard "over the current installation". Castellan
 * backs the installation up, prepares the restored one, restarts (the {@code castellan} script
 * starts the workbench again when it asks for a restart) and opens on the restored installation,
 * where only the password of the backup's time logs in. From outside, with the command line:
 * the installation is the restored one, the safety backup of the state before the restore is on the
 * medium and restores, and the previous installation folder was kept aside.
 * <p>
 * The tests run in order on one installation and one medium; every dialog is driven with the
 * keyboard through xdotool and kept as a screenshot under {@code target/screenshots}.
 */
@TestMethodOrder(OrderAnnotation.class)
class RestoreOverCurrentTest extends ProductOnScreenTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);
    /** A backup or a restore runs as a Job: the dialog that ends it may take a while on a busy machine. */
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(6);

    private static final String INSTALLATION = "Drill Pharmacy";
    /** The password when the backup was taken. */
    private static final String PASSWORD = "Castellan-2026!";
    /** The password set after the backup: gone once the backup is restored. */
    private static final String CHANGED_PASSWORD = "Changed-Later-2027!";

    /**
     * Window titles of the backup bundle (messages.properties of org.castellan.backup.ui), as
     * xdotool's patterns: they match anywhere in a title. The backup's dialogs are all "Backup";
     * no other window has that word while they show.
     */
    private static final String BACKUP = "Backup";
    private static final String INITIALISE = "Initialise Medium";
    private static final String RESTORE = "Restore a Backup";
    private static final String PASSWORD_DIALOG = "Password";
    private static final String LOG_IN = "Log in";

    private Path data;
    private Path medium;
    private ProductRun run;
    private String workbench;
    /** The steps done so far: each test goes on from where the previous one left the product. */
    private int stepsDone;

    RestoreOverCurrentTest() {
        super("restore-over");
    }

    @BeforeAll
    void makeTheMedium() throws IOException {
        data = work.data();
        medium = Files.createDirectories(work.root().resolve("medium"));
    }

    @Test
    @Order(1)
    void aBackupIsTakenThroughTheInitialiseMediumWizardAndBackUp() throws Exception {
        run = work.start(product, screen, "run.log");
        workbench = FirstStart.create(screen, run, INSTALLATION, "Drill Administrator", PASSWORD, WINDOW_TIMEOUT);

        openBackupPerspective("restore-01-open-perspective");
        screen.screenshot("restore-02-backup-perspective");

        // The Backup view's buttons: Back Up… (focused), Initialise Medium…, Restore….
        String wizard = openFromWorkbench(INITIALISE, "Tab", "space");
        screen.focus(wizard);
        screen.type(medium.toString());            // the folder field has the focus
        screen.awaitSettled(wizard, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-03-initialise-medium");
        screen.key("alt+n");                       // Next >
        screen.awaitSettled(wizard, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-04-initialise-confirm");
        screen.key("alt+f");                       // Finish
        answer(INITIALISE, Set.of(wizard), WINDOW_TIMEOUT, "restore-05-medium-initialised");
        screen.awaitGone(wizard, run, WINDOW_TIMEOUT);
        assertTrue(Files.isRegularFile(medium.resolve("castellan-medium.properties")), "no medium marker in " + medium);

        // Back Up…: the options, OK, the confirmation, OK; the job ends with "written, verified and marked good".
        screen.focus(workbench);
        screen.key("shift+Tab", "space");
        String options = answer(BACKUP, Set.of(), WINDOW_TIMEOUT, "restore-06-backup-options");
        String confirm = answer(BACKUP, Set.of(options), WINDOW_TIMEOUT, "restore-07-backup-confirm");
        String done = answer(BACKUP, Set.of(options, confirm), JOB_TIMEOUT, "restore-08-backup-done");
        screen.awaitGone(done, run, WINDOW_TIMEOUT);
        assertEquals(1, goodBackups().size(), "one good backup on the medium: " + goodBackups());
        stepsDone = 1;
    }

    @Test
    @Order(2)
    void thePasswordChangedAfterTheBackup() throws Exception {
        assumeTrue(stepsDone == 1, "the previous step did not finish");
        // File › Change Password…: current password, the new one twice, Change Password.
        String dialog = openFromWorkbench(PASSWORD_DIALOG, "alt+f", "h");
        screen.focus(dialog);
        screen.type(PASSWORD);
        screen.key("Tab");
        screen.type(CHANGED_PASSWORD);
        screen.key("Tab");
        screen.type(CHANGED_PASSWORD);
        screen.awaitSettled(dialog, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-09-password-changed");
        screen.key("Return");
        screen.awaitGone(dialog, run, WINDOW_TIMEOUT);
        stepsDone = 2;
    }

    @Test
    @Order(3)
    void restoringOverTheCurrentInstallationRestartsCastellanOnTheRestoredOne() throws Exception {
        assumeTrue(stepsDone == 2, "the previous step did not finish");
        // The Backup view again (Back Up… has the focus back), then Restore… two buttons further.
        String wizard = openFromWorkbench(RESTORE, "Tab", "Tab", "space");
        screen.screenshot("restore-10-choose-backup");
        screen.focus(wizard);
        screen.key("alt+n");                       // the remembered medium's newest good backup is chosen
        screen.awaitSettled(wizard, run, WINDOW_TIMEOUT);
        // Next > leaves the focus on < Back: back through Browse… and the folder to the selected
        // radio button "Into a new installation folder", then down to "Over the current installation".
        screen.key("shift+Tab", "shift+Tab", "shift+Tab", "Down", "space");
        screen.awaitSettled(wizard, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-11-over-current");
        screen.key("alt+f");                       // Finish
        String confirm = answer(RESTORE, Set.of(wizard), WINDOW_TIMEOUT, "restore-12-confirm-over-current");
        // The safety backup and the prepared copy, then "Castellan now restarts", OK.
        answer(RESTORE, Set.of(wizard, confirm), JOB_TIMEOUT, "restore-13-restarting");

        // The same run goes on: the script starts Castellan again, which opens the restored installation.
        String login = screen.awaitPaintedWindow(LOG_IN, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-14-login-after-restart");
        FirstStart.logIn(screen, login, PASSWORD);  // the password of the backup's time
        workbench = screen.awaitPaintedWindow(INSTALLATION, run, WINDOW_TIMEOUT);
        screen.screenshot("restore-15-restored-workbench");
        openBackupPerspective("restore-16-open-perspective-again");
        screen.screenshot("restore-17-restored-backup-view");

        FirstStart.exitNormally(screen, workbench, run);
        run = null;
        stepsDone = 3;
    }

    @Test
    @Order(4)
    void fromOutsideTheInstallationIsTheRestoredOneAndNothingWasLost() throws Exception {
        assumeTrue(stepsDone == 3, "the previous step did not finish");
        assertEquals(0, userList(data, PASSWORD).exitCode(), "the restored installation refuses the password of the backup's time");
        assertEquals(4, userList(data, CHANGED_PASSWORD).exitCode(), "the restored installation has the password set after the backup");
        ProductRun.CommandLineRun audit = cli(List.of("audit", "verify"), data, PASSWORD);
        assertEquals(0, audit.exitCode(), "the restored installation's audit journal: " + audit);

        // The restored installation still knows its medium: the first backup and the safety backup, newest first.
        ProductRun.CommandLineRun list = cli(List.of("backup", "list"), data, PASSWORD);
        assertEquals(0, list.exitCode(), list.toString());
        List<Path> backups = goodBackups();
        assertEquals(2, backups.size(), "the first backup and the safety backup of the installation before the restore: " + backups);
        assertEquals(backups.reversed().stream().map(p -> p.getFileName().toString()).toList(),
                list.out().lines().map(line -> line.split("\t")[0]).toList(), list.out());

        List<Path> aside = siblings(".before-restore-");
        assertEquals(1, aside.size(), "the previous installation kept aside: " + aside);
        assertEquals(0, userList(aside.get(0), CHANGED_PASSWORD).exitCode(), "the folder kept aside is not the installation before the restore");
        assertEquals(List.of(), siblings(".restored-"), "a prepared copy was left next to the installation");

        // The safety backup (the newest) holds the state before the restore: the changed password.
        Path restoredSafety = work.root().resolve("safety-restored");
        ProductRun.CommandLineRun restore = cli(List.of("backup", "restore", backups.get(1).toString(), "--into", restoredSafety.toString()),
                data, PASSWORD);
        assertEquals(0, restore.exitCode(), restore.toString());
        assertEquals(0, userList(restoredSafety, CHANGED_PASSWORD).exitCode(), "the safety backup does not hold the installation before the restore");
    }

    /**
     * Waits for the next window with this title (none of {@code earlier}: a dialog and the one it
     * opens may share their title), keeps it as a screenshot and presses Return, its default button.
     *
     * @return the window
     */
    private String answer(String title, Set<String> earlier, Duration timeout, String screenshot) throws IOException, InterruptedException {
        String dialog = screen.awaitOtherWindow(title, earlier, run, timeout);
        screen.awaitSettled(dialog, run, WINDOW_TIMEOUT);
        screen.screenshot(screenshot);
        screen.focus(dialog);
        screen.key("Return");
        return dialog;
    }

    /**
     * Window › Open Perspective › Other…, then Backup in its list (Administration, Audit, Backup,
     * Security, Sessions); the Backup view then has the focus on its first button, Back Up….
     */
    private void openBackupPerspective(String screenshot) throws IOException, InterruptedException {
        String perspectives = openFromWorkbench("Perspective", "alt+w", "o", "o");
        screen.focus(perspectives);
        screen.key("Down", "Down");
        screen.awaitSettled(perspectives, run, WINDOW_TIMEOUT);
        screen.screenshot(screenshot);
        screen.key("Return");
        screen.awaitGone(perspectives, run, WINDOW_TIMEOUT);
        screen.awaitSettled(workbench, run, WINDOW_TIMEOUT);
    }

    /** The good backups on the medium, oldest first (their names are their dates). */
    private List<Path> goodBackups() throws IOException {
        try (Stream<Path> entries = Files.list(medium)) {
            return entries.filter(p -> p.getFileName().toString().matches("castellan-\\d{8}-\\d{6}")).sorted().toList();
        }
    }

    /** Folders next to the installation folder whose name is the installation's followed by the marker. */
    private List<Path> siblings(String marker) throws IOException {
        String prefix = data.getFileName() + marker;
        try (Stream<Path> entries = Files.list(data.getParent())) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private ProductRun.CommandLineRun userList(Path installation, String password) throws IOException, InterruptedException {
        return cli(List.of("user", "list"), installation, password);
    }

    private ProductRun.CommandLineRun cli(List<String> command, Path installation, String password) throws IOException, InterruptedException {
        return commandLine.on(installation).as(FirstStart.LOGIN, password, command.toArray(String[]::new));
    }

    /** Presses {@code keys} in the workbench and waits for the window titled {@code title} they open. */
    private String openFromWorkbench(String title, String... keys) throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key(keys);
        return screen.awaitPaintedWindow(title, run, WINDOW_TIMEOUT);
    }
}
