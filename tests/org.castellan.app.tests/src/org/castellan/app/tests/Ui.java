package org.castellan.app.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.castellan.ui.Fields;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Drives real SWT widgets from a test running in the UI thread. */
final class Ui {

    private Ui() {
    }

    /** The workbench's window: the tests run in the one the workbench opened. */
    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** Processes events for a while, so that windows are laid out and painted. */
    static void settle(Display display, int millis) {
        boolean[] elapsed = { false };
        display.timerExec(millis, () -> elapsed[0] = true);
        while (!elapsed[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Processes events until the condition holds, at most for the given time. */
    static boolean waitFor(Display display, int millis, BooleanSupplier condition) {
        boolean[] elapsed = { false };
        display.timerExec(millis, () -> elapsed[0] = true);
        while (!condition.getAsBoolean() && !elapsed[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    static <T extends Control> T named(Composite root, Class<T> type, String name) {
        for (Control child : all(root)) {
            if (type.isInstance(child) && name.equals(child.getData(Fields.NAME))) {
                return type.cast(child);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }

    static Text text(Composite root, String name) {
        return named(root, Text.class, name);
    }

    static Label label(Composite root, String name) {
        return named(root, Label.class, name);
    }

    /** A dialog button by its JFace id ({@link IDialogConstants#OK_ID}, ...). */
    static Button button(Composite root, int id) {
        for (Control child : all(root)) {
            if (child instanceof Button button && Objects.equals(button.getData(), Integer.valueOf(id))) {
                return button;
            }
        }
        throw new AssertionError("no button with id " + id);
    }

    /** A button by its label, without mnemonic (for the workbench's own dialogs, whose ids we do not know). */
    static Button buttonLabelled(Composite root, String label) {
        for (Control child : all(root)) {
            if (child instanceof Button button && label.replace("&", "").equals(button.getText().replace("&", ""))) {
                return button;
            }
        }
        throw new AssertionError("no button labelled " + label);
    }

    /** Clicks a button as a person would: only when it is enabled. */
    static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button " + button.getText() + " is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
    }

    /** The texts of every label and text field under the root, for checks on what is shown. */
    static List<String> shownTexts(Composite root) {
        List<String> texts = new ArrayList<>();
        for (Control child : all(root)) {
            if (child instanceof Label label && child.isVisible()) {
                texts.add(label.getText());
            } else if (child instanceof Text text && child.isVisible()) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    static List<Control> all(Composite root) {
        List<Control> controls = new ArrayList<>();
        collect(root, controls);
        return controls;
    }

    private static void collect(Composite parent, List<Control> into) {
        for (Control child : parent.getChildren()) {
            into.add(child);
            if (child instanceof Composite composite) {
                collect(composite, into);
            }
        }
    }

    /** Opens a dialog without blocking, as a person would see it, and returns its shell. */
    static Shell open(Window dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog.getShell();
    }

    /** What a test does in a dialog's shell. */
    @FunctionalInterface
    interface InShell {
        void run(Shell shell) throws Exception;
    }

    /**
     * Opens the dialog without blocking, does in its shell what the test does, and closes it should
     * the test fail before its OK or Cancel: a dialog left open would cover the next test's.
     */
    static void drive(Window dialog, InShell test) throws Exception {
        Shell shell = open(dialog);
        try {
            test.run(shell);
        } finally {
            closeIfOpen(dialog);
        }
    }

    /**
     * Runs the action once a shell with this title is open: a click that opens a modal dialog does
     * not return until the dialog closes, so the test drives that dialog from the event loop. A
     * failure is kept in {@code failures} (the dialog is then closed, so the test goes on).
     */
    static void whenShellOpens(Display display, String title, List<Throwable> failures, InShell action) {
        whenShellOpens(display, shell -> title.equals(shell.getText()), title, failures, action);
    }

    /** The same for the first shell that passes the test, described for a failure. */
    static void whenShellOpens(Display display, Predicate<Shell> which, String described, List<Throwable> failures, InShell action) {
        int[] polls = { 0 };
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (which.test(shell) && shell.isVisible()) {
                    try {
                        action.run(shell);
                    } catch (Exception | AssertionError e) {
                        failures.add(e);
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    }
                    return;
                }
            }
            if (++polls[0] < 200) {
                display.timerExec(100, poll[0]);
            } else {
                failures.add(new AssertionError("no shell " + described + " opened"));
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** Whether a shell with this title is open now. */
    static boolean shellOpen(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (title.equals(shell.getText()) && shell.isVisible()) {
                return true;
            }
        }
        return false;
    }

    /** Closes a dialog a test left open (a failed assertion before its OK). */
    static void closeIfOpen(Window dialog) {
        Shell shell = dialog.getShell();
        if (shell != null && !shell.isDisposed()) {
            dialog.close();
        }
    }

    /** Runs a command as a menu would, through the window's handler service; a failure fails the test. */
    static void execute(org.eclipse.ui.IWorkbenchWindow window, String command) {
        try {
            window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(command, null);
        } catch (Exception e) {
            throw new AssertionError(command, e);
        }
    }
}
