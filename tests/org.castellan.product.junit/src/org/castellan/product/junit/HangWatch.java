package org.castellan.product.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Turns a test that hangs into a test that fails and says why. Most hangs of a UI test are a modal
 * dialog nobody closes (a click that opens an unexpected error dialog does not return until it
 * closes); so when one test has run for {@link #LIMIT}, and each minute after, this writes
 * {@code hang-NNN.txt} (every thread's stack and the open shells with their texts) and closes the
 * modal shells, so that the test goes on to fail on its assertions and the run to its end.
 */
final class HangWatch implements TestExecutionListener, AutoCloseable {

    /** How long one test may run before it counts as hung: the longest take about 30 s. */
    static final Duration LIMIT = Duration.ofMinutes(4);

    private final Path folder;
    private final Display display;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "castellan-hang-watch"); //$NON-NLS-1$
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> watch;
    private int reports;

    HangWatch(Path folder, Display display) {
        this.folder = folder;
        this.display = display;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            cancel();
            watch = timer.scheduleAtFixedRate(() -> report(test), LIMIT.toSeconds(), 60, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            cancel();
        }
    }

    private void cancel() {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
    }

    private synchronized void report(TestIdentifier test) {
        StringBuilder text = new StringBuilder(test.getUniqueId()).append(" has run for over ").append(LIMIT.toSeconds()).append(" s\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            text.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState()).append('\n'); //$NON-NLS-1$
            for (StackTraceElement frame : thread.getValue()) {
                text.append("\tat ").append(frame).append('\n'); //$NON-NLS-1$
            }
            text.append('\n');
        }
        Path file = folder.resolve(String.format(Locale.ROOT, "hang-%03d.txt", ++reports)); //$NON-NLS-1$
        write(file, text.toString());
        if (!display.isDisposed()) {
            display.asyncExec(() -> closeModalShells(file));
        }
    }

    /** Runs in the display's event loop, reached when the test waits in a dialog's. */
    private void closeModalShells(Path file) {
        StringBuilder shells = new StringBuilder("\nopen shells:\n"); //$NON-NLS-1$
        for (Shell shell : display.getShells()) {
            if (!shell.isVisible()) {
                continue;
            }
            boolean modal = (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0;
            shells.append(modal ? "modal, closed: " : "left open: ").append(shell.getText()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
            appendLabels(shell, shells);
            if (modal) {
                shell.close();
            }
        }
        try {
            Files.writeString(file, shells.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendLabels(Composite parent, StringBuilder into) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isBlank()) {
                into.append("\t").append(label.getText().replace('\n', ' ')).append('\n'); //$NON-NLS-1$
            } else if (child instanceof Composite composite) {
                appendLabels(composite, into);
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
