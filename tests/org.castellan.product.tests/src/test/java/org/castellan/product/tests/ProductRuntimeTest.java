package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What only the product's own runtime shows (its bundles, start levels and Java, started by its
 * {@code castellan} script): SPI Fly's weaving on this Java (SVG tab images, PDFBox), Quick Access,
 * the intro the product does not have, the services' DS wiring. The tests run in order on one
 * installation; the installation's {@code .metadata/.log} must hold no error at the end.
 */
@TestMethodOrder(OrderAnnotation.class)
class ProductRuntimeTest extends ProductOnScreenTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);
    private static final String INSTALLATION = "Runtime Pharmacy";
    private static final String PASSWORD = "Castellan-2026!";
    /** What the log shows when SPI Fly's weaving or the DS wiring fails. */
    private static final List<String> RUNTIME_FAILURES = List.of("No SVG rasterizer", "Unsupported class file", "weaving hook",
            "has unsupported type");

    private final Path output = ProductRun.testOutput();
    private ProductRun run;
    private String workbench;

    ProductRuntimeTest() {
        super("runtime");
    }

    @Test
    @Order(1)
    void theWelcomeOfAnIntroTheProductLacksIsNotOffered() throws Exception {
        run = work.start(product, screen, "run.log");
        workbench = FirstStart.create(screen, run, INSTALLATION, "Runtime Administrator", PASSWORD, WINDOW_TIMEOUT);

        // Window › Show View › Other…, filtered on "Welcome"; Return opens what the filter found.
        screen.openMenu(workbench, "alt+w", "the Window menu", run, WINDOW_TIMEOUT);
        screen.key("v", "o");
        String dialog = screen.awaitPaintedWindow("Show View", run, WINDOW_TIMEOUT);
        screen.type("Welcome");
        screen.awaitSettled(dialog, run, WINDOW_TIMEOUT);
        screen.screenshot("runtime-01-show-view-welcome");
        screen.key("Return");
        Thread.sleep(2000); // what Return would open, given time to show up
        if (screen.windowsNamed("Show View").contains(dialog)) {
            screen.focus(dialog);
            screen.key("Escape");
        }
        screen.awaitGone(dialog, run, WINDOW_TIMEOUT);
        screen.awaitSettled(workbench, run, WINDOW_TIMEOUT);
        screen.screenshot("runtime-02-after-welcome");
        assertFalse(log().contains("IIntroPart"), "the Welcome view was opened:\n" + log());
    }

    @Test
    @Order(2)
    void ctrl3OpensQuickAccessWhichFindsAView() throws Exception {
        quickAccess("Audit", "runtime-03-quick-access-audit");
        screen.key("Return");                      // the first match: the Audit Reports view
        screen.awaitSettled(workbench, run, WINDOW_TIMEOUT);
        screen.screenshot("runtime-04-audit-reports-view");
    }

    @Test
    @Order(3)
    void viewTabsCarryTheirLabelsWithoutWeavingErrors() throws Exception {
        quickAccess("Security", "runtime-05-quick-access-security");
        screen.key("Return");                      // the Security perspective: Users above Roles, Groups, Data rights
        Thread.sleep(3000);                        // the old perspective stays settled until the switch starts
        screen.awaitSettled(workbench, run, WINDOW_TIMEOUT);
        screen.screenshot("runtime-06-security-perspective-tabs");
        String log = log();
        for (String failure : RUNTIME_FAILURES) {
            assertFalse(log.contains(failure), "\"" + failure + "\" in the log:\n" + log);
        }
    }

    @Test
    @Order(4)
    void quickAccessOpenedTheViewAndTheIntroNothing() throws Exception {
        // File › Exit first: the command line needs the installation the workbench holds.
        FirstStart.exitNormally(screen, workbench, run);
        run = null;

        Path entries = output.resolve("runtime/menu-entries.csv");
        ProductRun.CommandLineRun report = asAdministrator("audit", "report", "menu-entries", "--out", entries.toString());
        assertEquals(0, report.exitCode(), report.toString());
        String journaled = Files.readString(entries, StandardCharsets.UTF_8);
        assertTrue(journaled.contains("org.eclipse.ui.window.quickAccess") && journaled.contains("org.castellan.audit.ui.views.reports"),
                "Quick Access did not open the Audit Reports view:\n" + journaled);
        assertFalse(journaled.contains("org.eclipse.ui.internal.introview"), journaled);
    }

    @Test
    @Order(5)
    void theCommandLineWritesAReadablePdfAndExitsZeroOnlyThen() throws Exception {
        Path pdf = output.resolve("runtime/logins.pdf");
        ProductRun.CommandLineRun export = asAdministrator("audit", "report", "logins", "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.err().contains("rows written to " + pdf), export.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Logins") && text.contains("admin") && text.contains("Succeeded"), text);
        }
    }

    @Test
    @Order(6)
    void anExportThatCannotBeWrittenSaysWhyExitsNonZeroAndJournalsNothing() throws Exception {
        int before = exportsJournaled();
        Path missing = output.resolve("runtime/no-such-folder");
        ProductRun.CommandLineRun intoMissing = asAdministrator("audit", "report", "logins", "--format", "pdf", "--out",
                missing.resolve("logins.pdf").toString());
        assertNotEquals(0, intoMissing.exitCode(), intoMissing.toString());
        assertTrue(intoMissing.err().contains("does not exist") && intoMissing.err().contains(missing.toString()), intoMissing.toString());
        assertFalse(Files.exists(missing), "the export created the folder");

        Path aFile = Files.writeString(output.resolve("runtime/not-a-folder"), "a file");
        ProductRun.CommandLineRun intoFile = asAdministrator("audit", "report", "logins", "--out", aFile.resolve("logins.csv").toString());
        assertNotEquals(0, intoFile.exitCode(), intoFile.toString());
        assertEquals("a file", Files.readString(aFile));

        // Counting adds one row: the count's own export.
        assertEquals(before + 1, exportsJournaled(), "a failed export was journaled");
    }

    @Test
    @Order(7)
    void anExportToAReadOnlyOrFullFolderSaysWhyLeavesNoFileAndJournalsNothing() throws Exception {
        Path runtime = output.resolve("runtime");
        assumeTrue(SmallFileSystem.mountable(runtime), "mounting a tmpfs needs privileges this run does not have");
        int before = exportsJournaled();
        Path readOnly = runtime.resolve("read-only");
        try (SmallFileSystem mounted = SmallFileSystem.readOnly(readOnly)) {
            Path pdf = readOnly.resolve("logins.pdf");
            ProductRun.CommandLineRun export = asAdministrator("audit", "report", "logins", "--format", "pdf", "--out", pdf.toString());
            assertNotEquals(0, export.exitCode(), export.toString());
            assertTrue(export.err().contains(pdf.toString()) && export.err().contains("Read-only file system")
                    && export.err().contains("Nothing was exported"), export.toString());
            assertEquals(List.of(), names(readOnly));
        }
        Path full = runtime.resolve("full");
        try (SmallFileSystem mounted = SmallFileSystem.full(full)) {
            Path pdf = full.resolve("logins.pdf");
            ProductRun.CommandLineRun export = asAdministrator("audit", "report", "logins", "--format", "pdf", "--out", pdf.toString());
            assertNotEquals(0, export.exitCode(), export.toString());
            assertTrue(export.err().contains(pdf.toString()) && export.err().contains("No space left on device")
                    && export.err().contains("has free space"), export.toString());
            assertEquals(List.of("filler"), names(full), "a half-written export was left behind");
        }
        // Counting adds one row: the count's own export.
        assertEquals(before + 1, exportsJournaled(), "a failed export was journaled");
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @Order(8)
    void theLogHoldsNoError() throws IOException {
        String log = log();
        assertEquals(List.of(), ProductLog.errorEntries(log), log);
    }

    @Test
    @Order(9)
    void theWorkbenchWithoutADisplaySaysSoAndExitsNonZero() throws Exception {
        Path elsewhere = work.root().resolve("no-display");
        ProductRun.CommandLineRun start = ProductRun.commandLine(product, List.of("-data", elsewhere.toString()), "", work.workingDir(), work.home(),
                work.root(), ProductRun.EXIT_TIMEOUT);
        assertEquals(1, start.exitCode(), start.toString());
        assertTrue(start.err().contains("no display") && start.err().contains("castellan help"), start.toString());
        assertFalse(Files.exists(elsewhere), "the workbench started without a display");
    }

    @Test
    @Order(10)
    void everyGroupOfCommandsStartsTheCommandLineNotTheWorkbench() throws Exception {
        // The completion is generated from the commands themselves; the script keeps its own list.
        Matcher completion = Pattern.compile("compgen -W \"([a-z ]+)\"").matcher(Files.readString(product.resolve("castellan-completion.bash")));
        assertTrue(completion.find(), "the shipped completion lists the groups of commands");
        Matcher script = Pattern.compile("\nreadonly COMMAND_GROUPS=\"([a-z|]+)\"\n").matcher(Files.readString(product.resolve("castellan")));
        assertTrue(script.find(), "the launch script chooses the command line by its first argument");
        assertEquals(Set.of(completion.group(1).split(" ")), Set.of(script.group(1).split("\\|")),
                "the castellan script starts the command line for exactly the groups of commands");

        ProductRun.CommandLineRun sessions = asAdministrator("session", "list", "--format", "json");
        assertEquals(0, sessions.exitCode(), sessions.toString());
        assertTrue(sessions.out().startsWith("["), sessions.toString());
    }

    @Test
    @Order(11)
    void aCommandsOptionTypedBeforeItIsPointedOutNotTakenForTheWorkbench() throws Exception {
        Path elsewhere = work.root().resolve("misplaced-option");
        ProductRun.CommandLineRun typed = ProductRun.commandLine(product, List.of("--format", "json", "user", "list", "-data", elsewhere.toString()), "",
                work.workingDir(), work.home(), work.root(), ProductRun.EXIT_TIMEOUT);
        assertEquals(2, typed.exitCode(), typed.toString());
        assertTrue(typed.err().contains("castellan user list -data " + elsewhere + " --format json"), typed.toString());
        assertFalse(typed.err().contains("no display"), typed.toString());
        assertFalse(Files.exists(elsewhere), "a misplaced option started something");
    }

    /** Ctrl+3 in the workbench, then the text typed into Quick Access; a screenshot of what it found. */
    private void quickAccess(String text, String screenshot) throws IOException, InterruptedException {
        screen.pressAndAwaitChange(workbench, "Quick Access", run, WINDOW_TIMEOUT, "ctrl+3");
        screen.type(text);
        screen.awaitSettled("root", run, WINDOW_TIMEOUT);
        screen.screenshot(screenshot);
    }

    /** How many exports the journal holds (the data-left report, itself an export). */
    private int exportsJournaled() throws IOException, InterruptedException {
        Path csv = output.resolve("runtime/data-left.csv");
        ProductRun.CommandLineRun report = asAdministrator("audit", "report", "data-left", "--out", csv.toString());
        assertEquals(0, report.exitCode(), report.toString());
        return (int) Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.contains("audit report")).count();
    }

    /** A command as the administrator; every message it writes to standard error ends its line. */
    private ProductRun.CommandLineRun asAdministrator(String... arguments) throws IOException, InterruptedException {
        ProductRun.CommandLineRun done = commandLine.as(FirstStart.LOGIN, PASSWORD, arguments);
        assertTrue(done.err().isEmpty() || done.err().endsWith("\n"), "standard error ends without a line end: " + done);
        return done;
    }

    private String log() throws IOException {
        return ProductLog.read(work.data());
    }
}
