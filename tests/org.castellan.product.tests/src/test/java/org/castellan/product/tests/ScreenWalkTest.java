package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clean-log walk, in the product's own runtime: a copy of the materialized product gets one more
 * bundle in its {@code config.ini} (the screen walk, {@code tests/org.castellan.product.walk}),
 * everything else unchanged (bundles, start levels, {@code config.ini}, the script and its Java). Started with
 * {@code -Dcastellan.walk.out}, as the administrator, in each of the five languages, it opens every
 * perspective, every view of Show View, runs every report of the Audit Reports view and exports it
 * as CSV and PDF (the files checked here), opens every menu item's dialog, keeps a screenshot of
 * each, and exits. Then neither the installation's log nor the console may hold an error or an exception,
 * no dialog may lack a title, and no text may be cut in the walk's 1024x768 window (its "cut" lines:
 * labels, buttons, tabs, column titles, cells, measured with each widget's font; a table cell kept
 * narrower than its value passes only when hovering it shows the whole value and its column can be widened).
 */
@TestMethodOrder(OrderAnnotation.class)
class ScreenWalkTest extends ProductOnScreenTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration WALK_TIMEOUT = Duration.ofMinutes(8);
    private static final String INSTALLATION = "Walk Pharmacy";
    private static final String PASSWORD = "Castellan-2026!";
    private static final String WALK_BUNDLE = "org.castellan.product.walk";
    /** What the product ships today (six perspectives, nine views): the walk must have found at least as many. */
    private static final int MIN_PERSPECTIVES = 6;
    private static final int MIN_VIEWS = 9;
    /** The dialogs and wizards the walk opens from commands and view buttons (DialogWalk). */
    private static final long DIALOGS = 27;
    /** The reports of the Audit Reports view (ReportKind). */
    private static final int REPORTS = 7;

    private boolean created;

    ScreenWalkTest() {
        super("walk");
    }

    /** A copy of the built product with the walk bundle in it. */
    @Override
    protected Path product(WorkFolder work) throws IOException, InterruptedException {
        return ProductCopy.of(work.root().resolve("product")).add(Path.of(System.getProperty("castellan.walk.bundle")), "tests/" + WALK_BUNDLE)
                .folder();
    }

    /**
     * A report's exports, as the walk recorded them ({@code report <name> <rows> <csv> <pdf> <screenshot>}):
     * the CSV holds the header and as many records as the view showed rows; the PDF parses and shows
     * every column's title and every record's first cell.
     */
    private static void assertExported(String step) throws IOException {
        String[] fields = step.split(" ");
        String name = fields[1];
        int rows = Integer.parseInt(fields[2]);
        List<String> header;
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(Path.of(fields[3]), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            header = csv.getHeaderNames();
            records = csv.getRecords();
        }
        assertEquals(rows, records.size(), name + ": the CSV's records");
        try (PDDocument document = Loader.loadPDF(Path.of(fields[4]).toFile())) {
            String text = oneLine(new PDFTextStripper().getText(document));
            for (String column : header) {
                assertTrue(text.contains(oneLine(column)), name + ": column \"" + column + "\" not in the PDF:\n" + text);
            }
            for (CSVRecord record : records) {
                String first = record.get(0).matches("'[=+\\-@].*") ? record.get(0).substring(1) : record.get(0);
                assertTrue(text.contains(oneLine(first)), name + ": row \"" + first + "\" not in the PDF:\n" + text);
            }
        }
    }

    /** Text with its line breaks and runs of spaces as one space (the PDF wraps long cells). */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr", "es", "sl", "pl" })
    @Order(1)
    void everyScreenOpensWithoutAnErrorInTheLog(String language) throws Exception {
        Path walked = work.root().resolve(language);
        Path log = ProductLog.file(work.data());
        long logBefore = Files.isRegularFile(log) ? Files.size(log) : 0;
        Path console = work.root().resolve("console-" + language + ".log");
        try (ProductRun run = ProductRun.start(product, List.of("-data", work.data().toString(), "-nl", language, "-vmargs",
                "-Dcastellan.walk.out=" + walked), work.workingDir(), work.home(), screen.environment(), console)) {
            if (created) {
                FirstStart.logIn(screen, screen.awaitPaintedWindow("^Castellan", run, WINDOW_TIMEOUT), PASSWORD);
            } else {
                FirstStart.create(screen, run, INSTALLATION, "Walk Administrator", PASSWORD, WINDOW_TIMEOUT);
                created = true;
            }
            assertEquals(0, run.awaitExit(WALK_TIMEOUT), "the walk did not end the workbench:\n" + run.outputTail());
        }
        List<String> steps = Files.readAllLines(walked.resolve("walk.txt"), StandardCharsets.UTF_8);
        String record = String.join("\n", steps);
        assertEquals("done", steps.get(steps.size() - 1), record);
        assertEquals(List.of(), steps.stream().filter(step -> step.startsWith("error ")).toList(), record);
        assertEquals(List.of(), steps.stream().filter(step -> step.startsWith("untitled ")).toList(), language + ": a dialog without a title");
        assertEquals(List.of(), steps.stream().filter(step -> step.startsWith("cut ")).toList(), language + ": text cut at 1024x768 (screenshots in " + walked + ")");
        assertTrue(steps.stream().filter(step -> step.startsWith("perspective ")).count() >= MIN_PERSPECTIVES, record);
        assertTrue(steps.stream().filter(step -> step.startsWith("view ")).count() >= MIN_VIEWS, record);
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("perspective org.castellan.home.ui.perspective ")), "the Home:\n" + record);
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("view org.castellan.home.ui.view ")), "the home view:\n" + record);
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("menu ") && step.contains(".png")), "no menu item opened a dialog:\n" + record);
        assertEquals(DIALOGS, steps.stream().filter(step -> step.startsWith("dialog ") && step.contains(".png")).count(),
                "every dialog and wizard no menu item opens:\n" + record);
        List<String> reports = steps.stream().filter(step -> step.startsWith("report ")).toList();
        assertEquals(REPORTS, reports.size(), "every report runs and exports:\n" + record);
        for (String report : reports) {
            assertExported(report);
        }

        String newLog = ProductLog.read(work.data()).substring((int) logBefore);
        assertEquals(List.of(), ProductLog.errorsAndExceptions(newLog), newLog);
        List<String> consoleProblems = Files.readAllLines(console, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("Exception") || line.contains("ERROR") || line.contains("SEVERE")).toList();
        assertEquals(List.of(), consoleProblems, Files.readString(console, StandardCharsets.UTF_8));
    }
}
