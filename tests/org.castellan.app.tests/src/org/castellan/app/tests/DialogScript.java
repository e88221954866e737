package org.castellan.app.tests;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Predicate;

import org.castellan.ui.Fields;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives modal dialogs that a command opens one after the other. A modal dialog runs its own
 * event loop, so the test cannot act after starting the command: the steps are queued first,
 * each waiting (on a display timer, inside the dialogs' loops) for a shell holding a widget of a
 * given name, then acting on it as a person would.
 */
final class DialogScript {

    /** What a step does with the dialog's shell. */
    @FunctionalInterface
    interface Step {
        void act(Shell shell) throws Exception;
    }

    private record Pending(String what, Predicate<Shell> shows, Step step) {
    }

    private static final int POLL_MILLIS = 50;
    private static final int TIMEOUT_MILLIS = 30_000;

    private final Display display;
    private final Deque<Pending> steps = new ArrayDeque<>();
    private Throwable failure;
    private long waitingSince;

    DialogScript(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    /** Queues a step for the next shell that holds a widget named {@code widgetName} (see {@link Fields#NAME}). */
    DialogScript then(String widgetName, Step step) {
        steps.add(new Pending("a widget named " + widgetName, shell -> holds(shell, widgetName), step));
        return this;
    }

    /** Queues a step for the next shell titled {@code title} (message boxes have no named widgets). */
    DialogScript thenShellTitled(String title, Step step) {
        steps.add(new Pending("the title " + title, shell -> title.equals(shell.getText()), step));
        return this;
    }

    /** Queues a step for the next shell titled {@code title} that shows {@code text} (dialogs of one tool often share a title). */
    DialogScript thenShellShowing(String title, String text, Step step) {
        steps.add(new Pending("the title " + title + " and the text " + text,
                shell -> title.equals(shell.getText()) && String.join(" ", Ui.shownTexts(shell)).contains(text), step));
        return this;
    }

    /** Runs {@code command} (which opens the dialogs) with the steps acting on them; rethrows a step's failure. */
    void run(Runnable command) throws Exception {
        waitingSince = System.currentTimeMillis();
        display.timerExec(POLL_MILLIS, this::poll);
        command.run();
        if (failure != null) {
            throw new AssertionError("a dialog step failed", failure);
        }
        if (!steps.isEmpty()) {
            throw new AssertionError("no dialog showed " + steps.peek().what());
        }
    }

    private void poll() {
        Pending next = steps.peek();
        if (next == null || failure != null) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && !shell.isDisposed() && next.shows().test(shell)) {
                steps.poll();
                waitingSince = System.currentTimeMillis();
                try {
                    next.step().act(shell);
                } catch (Throwable e) {
                    failure = e;
                    shell.close(); // the command returns and the test reports the failure
                    return;
                }
                break;
            }
        }
        if (System.currentTimeMillis() - waitingSince > TIMEOUT_MILLIS) {
            failure = new AssertionError("timed out waiting for a dialog with " + next.what());
            for (Shell shell : display.getShells()) {
                if (shell.getParent() != null && shell.isVisible()) {
                    shell.close();
                }
            }
            return;
        }
        if (!steps.isEmpty()) {
            display.timerExec(POLL_MILLIS, this::poll);
        }
    }

    private static boolean holds(Shell shell, String name) {
        for (Control control : Ui.all(shell)) {
            if (name.equals(control.getData(Fields.NAME))) {
                return true;
            }
        }
        return false;
    }
}
