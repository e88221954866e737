package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The workbench tests ({@code tests/org.castellan.app.tests}) in the product's own runtime: a copy of
 * the materialized product gets the test bundle, the example pharmacy it builds on, JUnit and a
 * runner bundle ({@code tests/org.castellan.product.junit}); everything else is the product's own
 * (bundles, start levels, {@code config.ini}, its {@code castellan} script and Java). The script
 * is started with the runner's application in place of Castellan's, in English for every test
 * and in French for {@code FrenchWorkbenchTest}; each test's outcome comes back as a test here.
 * {@code MenusTest} posts real key strokes, so it has a workbench of its own: on an Xvfb without a
 * window manager, the dialogs that earlier tests open and close leave the X input focus on a
 * window no SWT shell owns, and a posted Ctrl+S then reaches no widget at all (no key event comes
 * to the display; the Save command itself stays enabled and saves when executed).
 * {@code -Dcastellan.app.tests=AClassTest,AnotherTest} runs only those classes.
 */
@TestInstance(Lifecycle.PER_CLASS)
class WorkbenchTestsInProductTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(25);
    static final String TEST_BUNDLE = "org.castellan.app.tests";
    private static final String FRENCH_TEST = "FrenchWorkbenchTest";
    /** Run in French as well as in English: their screenshots are looked at in both languages. */
    private static final List<String> ALSO_IN_FRENCH = List.of("DirectoryDialogsTest", "DirectoryMappingsEditorTest");
    private static final String KEYBOARD_TEST = "MenusTest";
    /** One class of each JUnit bundle the test bundle and the runner need, found on this test's class path. */
    private static final List<String> JUNIT_BUNDLES = List.of("org.junit.jupiter.api.Test", "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.platform.commons.util.ReflectionUtils", "org.junit.platform.engine.TestEngine", "org.junit.platform.launcher.Launcher",
            "org.opentest4j.AssertionFailedError", "org.apiguardian.api.API");

    private Path output;
    private Path product;
    private ProductScreen screen;

    @BeforeAll
    void copyTheProductWithTheTests() throws IOException, InterruptedException, ReflectiveOperationException, URISyntaxException {
        output = ProductRun.testOutput().resolve("workbench-tests");
        product = copyWithTests(output);
        screen = ProductScreen.start(output.resolve("screenshots"), output.resolve("xvfb.log"));
    }

    /** A copy of the built product in {@code output/product} with the test bundle, the runner and JUnit (after deleting {@code output}). */
    static Path copyWithTests(Path output) throws IOException, InterruptedException, ReflectiveOperationException, URISyntaxException {
        Trees.delete(output);
        ProductCopy copy = ProductCopy.of(output.resolve("product"))
                .add(Path.of(System.getProperty("castellan.runner.bundle")), "tests/org.castellan.product.junit")
                .add(Path.of(System.getProperty("castellan.workbench.tests.bundle")), "tests/" + TEST_BUNDLE)
                .add(Path.of(System.getProperty("castellan.test.support.bundle")), "tests/org.castellan.test.support")
                .add(Path.of(System.getProperty("castellan.pharmacy.bundle")), "bundles/org.castellan.example.pharmacy");
        for (String type : JUNIT_BUNDLES) {
            copy.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()), "JUnit (Maven dependencies)");
        }
        return copy.folder();
    }

    @AfterAll
    void stopTheDisplay() throws InterruptedException {
        if (screen != null) {
            screen.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> inEnglish() throws IOException, InterruptedException {
        List<String> chosen = new ArrayList<>(chosen());
        chosen.remove(KEYBOARD_TEST);
        if (chosen.isEmpty() && !chosen().isEmpty()) {
            return Stream.empty();
        }
        return run("en", "en", chosen, "-Dcastellan.tests.excluded=" + KEYBOARD_TEST);
    }

    @TestFactory
    Stream<DynamicTest> theKeyboardInAWorkbenchOfItsOwn() throws IOException, InterruptedException {
        return only(KEYBOARD_TEST, "en-keyboard", "en");
    }

    @TestFactory
    Stream<DynamicTest> inFrench() throws IOException, InterruptedException {
        List<String> french = new ArrayList<>(List.of(FRENCH_TEST));
        french.addAll(ALSO_IN_FRENCH);
        if (!chosen().isEmpty()) {
            french.retainAll(chosen());
        }
        if (french.isEmpty()) {
            return Stream.empty();
        }
        return run("fr", "fr", french, "-Dcastellan.test.nl=fr");
    }

    /** One class in a run of its own, unless other classes were chosen. */
    private Stream<DynamicTest> only(String testClass, String name, String language, String... vmArguments)
            throws IOException, InterruptedException {
        List<String> chosen = chosen();
        if (!chosen.isEmpty() && !chosen.contains(testClass)) {
            return Stream.empty();
        }
        return run(name, language, List.of(testClass), vmArguments);
    }

    private static List<String> chosen() {
        String chosen = System.getProperty("castellan.app.tests", "");
        return Arrays.stream(chosen.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    /** Runs the chosen classes (all when none) in the product started with {@code -nl language}; its files under {@code name}. */
    private Stream<DynamicTest> run(String name, String language, List<String> classes, String... vmArguments)
            throws IOException, InterruptedException {
        Path results = output.resolve(name);
        Path console = output.resolve("console-" + name + ".log");
        List<String> arguments = new ArrayList<>(List.of("-data", output.resolve("data-" + name).toString(), "-application",
                "org.castellan.product.junit.tests", "-nl", language, "-vmargs", "-Dcastellan.tests.bundle=" + TEST_BUNDLE,
                "-Dcastellan.tests.results=" + results, "-Dcastellan.tests.classes=" + String.join(",", classes),
                "-Dcastellan.test.output=" + output, "-Dderby.stream.error.file=" + output.resolve("derby-" + name + ".log")));
        arguments.addAll(List.of(vmArguments));
        int exit;
        try (ProductRun run = ProductRun.start(product, arguments, output.resolve("working-dir"), output.resolve("home"), screen.environment(),
                console)) {
            exit = awaitExit(run, results);
        }
        return outcomes(results, exit, console);
    }

    /**
     * Waits for the run to end; one that outlasts {@link #RUN_TIMEOUT} fails naming the test it was
     * running, how long the finished ones took and where the product's threads were.
     */
    static int awaitExit(ProductRun run, Path results) throws InterruptedException, IOException {
        try {
            return run.awaitExit(RUN_TIMEOUT);
        } catch (AssertionError timedOut) {
            Path running = results.resolve("running.txt");
            Path finished = results.resolve("results.tsv");
            throw new AssertionError("running " + (Files.exists(running) ? Files.readString(running, StandardCharsets.UTF_8) : "(none)")
                    + "\nfinished (outcome, class, test, failure, seconds):\n"
                    + (Files.exists(finished) ? Files.readString(finished, StandardCharsets.UTF_8) : "(none)") + run.threadDump(), timedOut);
        }
    }

    /** A test per line of the runner's results; one failing test when the run ended without them. */
    static Stream<DynamicTest> outcomes(Path results, int exit, Path console) throws IOException {
        Path file = results.resolve("results.tsv");
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith("end\t")) {
            return Stream.of(DynamicTest.dynamicTest("the run ended with its results (exit " + exit + ")",
                    () -> fail("no complete " + file + "\n" + Files.readString(console, StandardCharsets.UTF_8))));
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path hang : files.filter(f -> f.getFileName().toString().startsWith("hang-")).sorted().toList()) {
                String report = Files.readString(hang, StandardCharsets.UTF_8);
                String shells = report.contains("\nopen shells:") ? report.substring(report.indexOf("\nopen shells:")) : "(the display never ran)";
                tests.add(DynamicTest.dynamicTest("no test hung (" + hang.getFileName() + ")",
                        () -> fail(report.lines().findFirst().orElse("") + shells + "\nstacks: " + hang)));
            }
        }
        boolean anyFailed = false;
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] fields = line.split("\t", -1);
            String status = fields[0];
            String name = fields[1].substring(fields[1].lastIndexOf('.') + 1) + " " + fields[2];
            Path trace = fields[3].startsWith("failure-") ? results.resolve(fields[3]) : null;
            anyFailed |= status.equals("FAILED");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String detail = trace == null ? fields[3] : Files.readString(trace, StandardCharsets.UTF_8);
                switch (status) {
                case "FAILED" -> fail(detail);
                case "SKIPPED", "ABORTED" -> Assumptions.abort(detail);
                default -> assertEquals("SUCCESSFUL", status, line);
                }
            }));
        }
        int expectedExit = anyFailed ? 1 : 0;
        tests.add(DynamicTest.dynamicTest("the product's runtime exited cleanly", () -> assertEquals(expectedExit, exit,
                Files.readString(console, StandardCharsets.UTF_8))));
        return tests.stream();
    }
}
