package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The product as a person meets it: the materialized product started with its {@code castellan}
 * script on a fresh installation folder, its dialogs driven with the keyboard through xdotool.
 * The tests run in order on one installation: first start, then log in, then a second process,
 * then the command line ({@code castellan user list}).
 * <p>
 * Window titles and field order follow {@code org.castellan.app}: "Castellan — First start"
 * (installation name, login, display name, password, confirmation), "Castellan — Log in" (login,
 * password), and the workbench window "Castellan — installation — user" with File › Exit. Every
 * wait polls the screen with a generous deadline; nothing asserts on timing.
 */
@TestMethodOrder(OrderAnnotation.class)
class ProductEndToEndTest extends ProductOnScreenTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);

    private static final String FIRST_START = "First start";
    private static final String LOG_IN = "Log in";
    private static final String INSTALLATION = "E2E Pharmacy";
    /** The workbench window names the installation; no dialog does. */
    private static final String WORKBENCH = INSTALLATION;
    private static final String PASSWORD = "Castellan-2026!";

    private ProductRun first;
    private ProductRun second;
    private int runs;

    ProductEndToEndTest() {
        super("e2e");
    }

    @Test
    @Order(1)
    void firstStartCreatesTheAdministratorAndOpensTheWorkbench() throws Exception {
        String dialog = startTo(FIRST_START, "01-first-start-dialog");

        FirstStart.fill(screen, dialog, INSTALLATION, "E2E Administrator", PASSWORD);
        screen.awaitSettled(dialog, first, WINDOW_TIMEOUT);
        screen.screenshot("02-first-start-filled");
        screen.key("Return");                      // Create is the default button

        String workbench = screen.awaitPaintedWindow(WORKBENCH, first, WINDOW_TIMEOUT);
        screen.screenshot("03-workbench-after-first-start");
        assertTrue(screen.windowName(workbench).startsWith("Castellan"), screen.windowName(workbench));
        assertTrue(Files.isRegularFile(work.data().resolve("installation.properties")), "no installation in " + work.data());

        FirstStart.exitNormally(screen, workbench, first);
        first = null;
    }

    @Test
    @Order(2)
    void laterStartAsksToLogInRefusesAWrongPasswordAndAcceptsTheRightOne() throws Exception {
        String dialog = startTo(LOG_IN, "04-login-dialog");
        assertTrue(screen.windowsNamed(FIRST_START).isEmpty(), "the first-start dialog came back");

        Path before = screen.capture(dialog, work.root().resolve("login-before.png"));
        FirstStart.logIn(screen, dialog, "Wrong-Password-1");

        // A refusal shows an error (a red icon) in the dialog, which stays open with the password cleared.
        int redBefore = redPixels(before);
        screen.await("the login refusal", first, WINDOW_TIMEOUT, () -> {
            Path now = screen.capture(dialog, work.root().resolve("login-now.png"));
            return redPixels(now) > redBefore + 20 ? Optional.of(now) : Optional.empty();
        });
        screen.screenshot("05-login-refused");
        assertTrue(screen.windowsNamed(LOG_IN).contains(dialog), "the login dialog closed after a wrong password");
        assertTrue(screen.windowsNamed(WORKBENCH).isEmpty(), "a wrong password opened the workbench");

        screen.focus(dialog);
        screen.type(PASSWORD);                     // the password field has the focus again
        screen.key("Return");
        String workbench = screen.awaitPaintedWindow(WORKBENCH, first, WINDOW_TIMEOUT);
        screen.screenshot("06-workbench-after-login");

        // The File menu as a person opens it (Alt+F), for a look at its items: Save... Log Out... Exit.
        screen.openMenu(workbench, "alt+f", "the File menu", first, WINDOW_TIMEOUT);
        screen.screenshot("06b-file-menu");
        screen.key("Escape");
    }

    @Test
    @Order(3)
    void aSecondProcessOnTheSameInstallationIsRefused() throws Exception {
        assertTrue(first != null && first.isAlive(), "the logged-in Castellan of the previous test is not running");
        String firstWorkbench = screen.awaitWindow(WORKBENCH, first, WINDOW_TIMEOUT);

        second = start();
        String refusal = screen.awaitWindowOf(second, name -> true, "a window of the second process", WINDOW_TIMEOUT);
        screen.awaitSettled(refusal, second, WINDOW_TIMEOUT);
        screen.screenshot("07-second-process-refused");
        String title = screen.windowName(refusal);
        assertTrue(!title.contains(FIRST_START) && !title.contains(LOG_IN) && !title.contains(WORKBENCH),
                "the second process opened \"" + title + "\" instead of refusing the installation in use");

        screen.focus(refusal);
        screen.key("Return");                      // OK closes the error dialog
        int code = second.awaitExit(ProductRun.EXIT_TIMEOUT);
        assertNotEquals(0, code, "the second process exited normally\n" + second.outputTail());
        assertTrue(screen.windowsNamed(WORKBENCH).equals(List.of(firstWorkbench)), "a second workbench window opened");
        assertTrue(ProductLog.read(work.data()).contains(work.data().toString()), "the log does not name the installation folder in use");
        second = null;

        FirstStart.exitNormally(screen, firstWorkbench, first);
        first = null;
    }

    @Test
    @Order(4)
    void theCommandLineListsTheUsersWithoutADisplay() throws Exception {
        ProductRun.CommandLineRun run = commandLine.as(FirstStart.LOGIN, PASSWORD, "user", "list");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("Users", lines.get(0), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("admin\\s+E2E Administrator\\s+9\\s+yes\\s+Administrator\\s+-\\s+20\\S+Z.*")),
                "the administrator, his role and his last login:\n" + run.out());
        assertTrue(lines.contains("External users") && lines.get(lines.size() - 1).startsWith("Seats: "), run.out());

        ProductRun.CommandLineRun wrong = commandLine.as(FirstStart.LOGIN, "Wrong-Password-1", "user", "list");
        assertEquals(4, wrong.exitCode(), wrong.toString());
        assertEquals("", wrong.out());
    }

    @Test
    @Order(5)
    void nothingIsWrittenIntoTheCurrentDirectory() throws IOException {
        try (Stream<Path> files = Files.list(work.workingDir())) {
            assertEquals(List.of(), files.toList(), "Castellan wrote into its current directory");
        }
        assertTrue(Files.isRegularFile(work.data().resolve("logs/derby.log")), "Derby's log is not in the installation's logs folder");
    }

    /** Starts the product and waits for the first window it opens, titled {@code title}, kept as {@code screenshot}. */
    private String startTo(String title, String screenshot) throws IOException, InterruptedException {
        first = start();
        String window = screen.awaitPaintedWindow(title, first, WINDOW_TIMEOUT);
        screen.screenshot(screenshot);
        return window;
    }

    private ProductRun start() throws IOException {
        runs++;
        return work.start(product, screen, "run-" + runs + ".log");
    }

    /** Pixels of a clearly red colour, as in an error icon. */
    private static int redPixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 170 && g < 90 && b < 90) {
                    count++;
                }
            }
        }
        return count;
    }

}
