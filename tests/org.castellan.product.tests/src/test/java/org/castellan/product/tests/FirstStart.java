package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;

/**
 * The First start dialog as a person fills it with the keyboard: installation name, login (the
 * offered "admin" is kept), display name, password and its confirmation, then Create (the default
 * button). The field order follows {@code org.castellan.app}'s FirstStartDialog.
 */
final class FirstStart {

    static final String DIALOG = "First start";
    static final String LOGIN = "admin";

    private FirstStart() {
    }

    /**
     * Fills the First start dialog of {@code run} and waits for the workbench window, whose title
     * names the installation.
     *
     * @return the workbench window
     */
    static String create(ProductScreen screen, ProductRun run, String installation, String displayName, String password,
            Duration timeout) throws IOException, InterruptedException {
        String dialog = screen.awaitPaintedWindow(DIALOG, run, timeout);
        fill(screen, dialog, installation, displayName, password);
        screen.awaitSettled(dialog, run, timeout);
        screen.key("Return");                      // Create is the default button
        String workbench = screen.awaitPaintedWindow(installation, run, timeout);
        return workbench;
    }

    /** Types the installation name, display name and password (twice) into the open dialog. */
    static void fill(ProductScreen screen, String dialog, String installation, String displayName, String password)
            throws IOException, InterruptedException {
        screen.focus(dialog);
        screen.type(installation);                 // the installation name has the focus
        screen.key("Tab");                         // login: keeps the offered "admin"
        screen.key("Tab");
        screen.type(displayName);
        screen.key("Tab");
        screen.type(password);
        screen.key("Tab");
        screen.type(password);                     // confirmation
    }

    /** Logs in as the administrator the first start created: the open Log in dialog's login, then password, then Return. */
    static void logIn(ProductScreen screen, String dialog, String password) throws IOException, InterruptedException {
        logIn(screen, dialog, LOGIN, password);
    }

    /** Logs in as {@code login} in the open Log in dialog. */
    static void logIn(ProductScreen screen, String dialog, String login, String password) throws IOException, InterruptedException {
        screen.focus(dialog);
        screen.type(login);
        screen.key("Tab");
        screen.type(password);
        screen.key("Return");
    }

    /** File › Exit through the menu's mnemonics. */
    static void exit(ProductScreen screen, String workbench) throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key("alt+f", "x");
    }

    /** File › Exit, then the run must end normally (exit code 0) within {@link ProductRun#EXIT_TIMEOUT}. */
    static void exitNormally(ProductScreen screen, String workbench, ProductRun run) throws IOException, InterruptedException {
        exit(screen, workbench);
        assertEquals(0, run.awaitExit(ProductRun.EXIT_TIMEOUT), run.outputTail());
    }
}
