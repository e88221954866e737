package org.castellan.product.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.castellan.virtualdisplay.VirtualDisplay;

/**
 * The screen the product under test shows its windows on: a private {@link VirtualDisplay}, plus
 * waits that end early when the product exits, and the screenshots the tests keep.
 */
final class ProductScreen implements AutoCloseable {

    /** How long a window of the product may take to show, on a busy machine too. */
    static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);

    /** How often a wait looks at the screen again. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final VirtualDisplay display;
    private final Path screenshots;
    /** Where captures that are not kept as screenshots go. */
    private final Path scratch;
    /** The runs of the product shown here, ended with the screen. */
    private final List<ProductRun> runs = new ArrayList<>();

    private ProductScreen(VirtualDisplay display, Path screenshots, Path scratch) {
        this.display = display;
        this.screenshots = screenshots;
        this.scratch = scratch;
    }

    static ProductScreen start(Path screenshots, Path log) throws IOException, InterruptedException {
        Files.createDirectories(screenshots);
        return new ProductScreen(VirtualDisplay.start(log), screenshots, log.toAbsolutePath().getParent());
    }

    Map<String, String> environment() {
        return display.environment();
    }

    /**
     * Starts the product on this screen (see {@link ProductRun#start}); {@link #close} ends it
     * should a failed test leave it running.
     */
    ProductRun start(Path product, Path data, Path workingDir, Path home, Path output) throws IOException {
        ProductRun run = ProductRun.start(product, data, workingDir, home, environment(), output);
        runs.add(run);
        return run;
    }

    List<String> windowsNamed(String regex) throws IOException, InterruptedException {
        return display.windowsNamed(regex);
    }

    String windowName(String window) throws IOException, InterruptedException {
        return display.windowName(window);
    }

    void focus(String window) throws IOException, InterruptedException {
        display.focus(window);
    }

    void type(String text) throws IOException, InterruptedException {
        display.type(text);
    }

    void key(String... keys) throws IOException, InterruptedException {
        display.key(keys);
    }

    Path capture(String window, Path file) throws IOException, InterruptedException {
        return display.capture(window, file);
    }

    /**
     * Opens a menu of {@code window} with its key (alt+f) and waits until the screen shows it: a
     * menu is a window of its own that xdotool does not name, so the screen is compared with
     * itself before the key.
     */
    void openMenu(String window, String menuKey, String what, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        pressAndAwaitChange(window, what, product, timeout, menuKey);
    }

    /**
     * Presses keys in {@code window} and waits until the screen differs from before: for popups
     * xdotool cannot name (menus, Quick Access).
     */
    void pressAndAwaitChange(String window, String what, ProductRun product, Duration timeout, String... keys)
            throws IOException, InterruptedException {
        Path before = display.capture("root", scratch.resolve("keys-before.png"));
        focus(window);
        key(keys);
        await(what, product, timeout, () -> {
            Path now = display.capture("root", scratch.resolve("keys-now.png"));
            return Files.mismatch(now, before) == -1 ? Optional.empty() : Optional.of(now);
        });
    }

    /**
     * What a window says, read from its pixels by Tesseract OCR (menus, lists and dialogs whose
     * text no X property carries): the window is kept as {@code <name>.png} in the screenshots
     * folder and the text read beside it as {@code <name>.txt}. Two readings, joined: the window in
     * grey, three times larger (Tesseract then reads GTK's small type), and its difference from
     * the local background (the median around each pixel), which turns white text on a selection
     * dark on white like the rest. OCR may miss a word, never invents one: check what must be
     * absent on a reading that found what must be present.
     */
    String read(String window, String name) throws IOException, InterruptedException {
        Path png = display.capture(window, screenshots.resolve(name + ".png"));
        String plain = ocr(png, List.of("-colorspace", "gray", "-resize", "300%"));
        String contrast = ocr(png, List.of("-colorspace", "gray", "(", "+clone", "-statistic", "median", "15x15", ")", "-compose", "difference",
                "-composite", "-negate", "-normalize", "-resize", "300%"));
        String text = plain + "\n" + contrast;
        Files.writeString(screenshots.resolve(name + ".txt"), text);
        return text;
    }

    private String ocr(Path png, List<String> preparation) throws IOException, InterruptedException {
        Path prepared = scratch.resolve("ocr.png");
        List<String> convert = new ArrayList<>(List.of("convert", png.toString()));
        convert.addAll(preparation);
        convert.add(prepared.toString());
        tool(convert, null);
        Path text = scratch.resolve("ocr.txt");
        tool(List.of("tesseract", prepared.toString(), "stdout"), text);
        return Files.readString(text);
    }

    /** Runs an image tool to its end, its output into {@code out} (or discarded); a failure says what failed. */
    private void tool(List<String> command, Path out) throws IOException, InterruptedException {
        Path log = scratch.resolve("tool.log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    /**
     * The menu the product has just popped up, once painted: GTK names a menu's window after the
     * application alone, "Castellan", unlike every other window of the product.
     */
    String awaitMenu(ProductRun product, Duration timeout) throws IOException, InterruptedException {
        return awaitPaintedWindow("^Castellan$", product, timeout);
    }

    /** Saves the whole screen as {@code <name>.png} in the screenshots folder. */
    Path screenshot(String name) throws IOException, InterruptedException {
        return display.capture("root", screenshots.resolve(name + ".png"));
    }

    /**
     * Polls until a visible window's name matches, failing early when the product exits first.
     *
     * @return the window id
     */
    String awaitWindow(String regex, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        return await("a window named /" + regex + "/", product, timeout, () -> display.windowsNamed(regex).stream().findFirst());
    }

    /** {@link #awaitWindow}, then {@link #awaitSettled}: the window found, once painted. */
    String awaitPaintedWindow(String regex, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        String window = awaitWindow(regex, product, timeout);
        awaitSettled(window, product, timeout);
        return window;
    }

    /**
     * Polls until a visible window whose name matches is not one of {@code known}: the next dialog
     * when several have the same title (a wizard and the confirmation it opens).
     *
     * @return the window id
     */
    String awaitOtherWindow(String regex, Set<String> known, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        return await("a window named /" + regex + "/ other than " + known, product, timeout,
                () -> display.windowsNamed(regex).stream().filter(w -> !known.contains(w)).findFirst());
    }

    /** Polls until the window is no longer visible (closed, or hidden with its dialog). */
    void awaitGone(String window, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        await("window " + window + " to close", product, timeout,
                () -> display.windowsNamed(".*").contains(window) ? Optional.empty() : Optional.of(Boolean.TRUE));
    }

    /** The named windows the product run (its JVM) shows now: its dialogs and the workbench, not GTK's unnamed helpers. */
    List<String> windowsOf(ProductRun product) throws IOException, InterruptedException {
        List<String> windows = new ArrayList<>();
        for (long pid : product.pids()) {
            for (String window : display.windowsOf(pid)) {
                if (!display.windowName(window).isBlank()) {
                    windows.add(window);
                }
            }
        }
        return windows;
    }

    /** Polls until the product run (its JVM) shows a visible window whose name passes the test. */
    String awaitWindowOf(ProductRun product, Predicate<String> name, String what, Duration timeout)
            throws IOException, InterruptedException {
        return await(what, product, timeout, () -> {
            for (long pid : product.pids()) {
                for (String window : display.windowsOf(pid)) {
                    if (name.test(display.windowName(window))) {
                        return Optional.of(window);
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** Polls a condition on the screen with a deadline; the product's death ends the wait early. */
    <T> T await(String what, ProductRun product, Duration timeout, Probe<T> probe) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> found = probe.look();
            if (found.isPresent()) {
                return found.get();
            }
            if (!product.isAlive()) {
                throw new AssertionError("Castellan exited (code " + product.exitCode() + ") while waiting for " + what
                        + "\n" + product.outputTail());
            }
            if (Instant.now().isAfter(deadline)) {
                Path shot = screenshot("timeout-" + Instant.now().toEpochMilli());
                throw new AssertionError("No " + what + " after " + timeout.toSeconds() + " s; the screen is in " + shot
                        + ", its windows: " + visibleWindows() + "; " + product.threadDump() + "\n" + product.outputTail());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The names of the visible windows, for failure messages. */
    private List<String> visibleWindows() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String window : display.windowsNamed(".")) {
            names.add(window + " \"" + display.windowName(window) + '"');
        }
        return names;
    }

    /** A look at the screen that may not find what it looks for yet. */
    @FunctionalInterface
    interface Probe<T> {
        Optional<T> look() throws IOException, InterruptedException;
    }

    /**
     * Polls until a window is painted and stays still: two captures in a row with the same pixels,
     * and more than one colour. A window is mapped before GTK paints it, and typed text shows up a
     * moment after xdotool returns; screenshots taken earlier would show neither.
     */
    void awaitSettled(String window, ProductRun product, Duration timeout) throws IOException, InterruptedException {
        Path file = scratch.resolve("settle-" + window + ".png");
        int[][] previous = { null };
        await("window " + window + " to be painted", product, timeout, () -> {
            int[] now = pixels(display.capture(window, file));
            boolean settled = Arrays.equals(now, previous[0]) && Arrays.stream(now).distinct().limit(2).count() > 1;
            previous[0] = now;
            return settled ? Optional.of(Boolean.TRUE) : Optional.empty();
        });
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Override
    public void close() throws InterruptedException {
        for (ProductRun run : runs) {
            run.close();
        }
        display.close();
    }
}
