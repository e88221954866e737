package org.castellan.product.junit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes what the tests did to {@code results.tsv}, one line per test (and per class whose set-up
 * failed): its outcome, class, display name, the file holding its failure's stack trace and its
 * seconds; {@code end} and the number of lines when the run is over, so a run cut short is told
 * apart. {@code running.txt} names the test running now, so a run that hangs says where.
 */
final class Results implements TestExecutionListener, AutoCloseable {

    static final String FILE = "results.tsv"; //$NON-NLS-1$
    static final String RUNNING = "running.txt"; //$NON-NLS-1$

    private final Path folder;
    private final BufferedWriter out;
    private final Map<String, Long> started = new HashMap<>();
    private int lines;
    private boolean allPassed = true;

    Results(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        try (var earlier = Files.list(folder)) { // an earlier run's failures and hangs are not this run's
            for (Path file : earlier.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        this.out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
    }

    boolean allPassed() {
        return allPassed && lines > 0;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        started.put(test.getUniqueId(), System.nanoTime());
        if (test.isTest()) {
            try {
                Files.writeString(folder.resolve(RUNNING), className(test.getSource().orElse(null)) + " " + test.getDisplayName()
                        + " since " + Instant.now(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            write("SKIPPED", test, oneLine(reason)); //$NON-NLS-1$
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (!test.isTest() && !failed) {
            return;
        }
        allPassed &= result.getStatus() != TestExecutionResult.Status.FAILED;
        String trace = result.getThrowable().map(thrown -> traceFile(thrown)).orElse(""); //$NON-NLS-1$
        write(result.getStatus().name(), test, trace);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        writeLine("end\t" + lines); //$NON-NLS-1$
    }

    private void write(String status, TestIdentifier test, String detail) {
        lines++;
        Long start = started.remove(test.getUniqueId());
        String seconds = start == null ? "" : String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9); //$NON-NLS-1$ //$NON-NLS-2$
        writeLine(String.join("\t", status, className(test.getSource().orElse(null)), oneLine(test.getDisplayName()), detail, seconds)); //$NON-NLS-1$
    }

    private static String className(TestSource source) {
        if (source instanceof MethodSource method) {
            return method.getClassName();
        }
        return source instanceof ClassSource type ? type.getClassName() : ""; //$NON-NLS-1$
    }

    private String traceFile(Throwable thrown) {
        String name = String.format(Locale.ROOT, "failure-%03d.txt", lines + 1); //$NON-NLS-1$
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        try {
            Files.writeString(folder.resolve(name), trace.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void writeLine(String line) {
        try {
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
