package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.castellan.virtualdisplay.VirtualDisplay;

/**
 * Cold start of the materialized product to its first dialog, under a private Xvfb.
 * <p>
 * Each run starts a new JVM with the product's {@code castellan} script and measures, from just
 * before the process starts:
 * <ul>
 * <li>until Castellan's startup marker: the product writes the time its first dialog is shown into
 * the file named by {@code -Dcastellan.startupMarker} (see {@code org.castellan.app}'s
 * {@code StartupMarker});</li>
 * <li>until xdotool, polling every 50 ms, sees the dialog's window on the X server.</li>
 * </ul>
 * With {@code --installation fresh} every run gets an empty installation folder (the First start
 * dialog); with {@code existing} (the default) one installation is created first, and every run
 * opens it up to the Login dialog. A run ends by cancelling the Login dialog, or by terminating the
 * process at the First start dialog. One unmeasured run first fills the OSGi caches of the
 * product's configuration, as any earlier start would.
 * <p>
 * The floor: when the bare RCP product is built ({@code benchmarks/bare-rcp}, the smallest
 * workbench application on the same runtime, script and start levels), its runs alternate with
 * Castellan's, each measured until xdotool sees its window ("Bare RCP"), and the ratio of the
 * medians is reported.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.ColdStartHarness \
 *      [--product DIR] [--bare DIR|none] [--runs 5] [--installation existing|fresh] [--timeout 180] [--work DIR]
 * </pre>
 */
public final class ColdStartHarness {

    private static final Duration POLL = Duration.ofMillis(50);
    /** Every dialog's window title starts with it (ASCII only: the arguments of xdotool pass through the locale). */
    private static final String FIRST_DIALOG = "^Castellan";
    private static final String FIRST_START = "First start";
    private static final String LOG_IN = "Log in";
    private static final String SETUP_INSTALLATION = "Cold Start Bench";
    private static final String SETUP_PASSWORD = "Bench-Start-2026!";
    private static final String BARE_WINDOW = "^Bare RCP";

    private final Path product;
    /** The bare RCP product, or null when it is not compared. */
    private final Path bare;
    private final Path work;
    private final Duration timeout;
    private final VirtualDisplay screen;
    private int started;

    private ColdStartHarness(Path product, Path bare, Path work, Duration timeout, VirtualDisplay screen) {
        this.product = product;
        this.bare = bare;
        this.work = work;
        this.timeout = timeout;
        this.screen = screen;
    }

    /** One measured start. */
    record Sample(String dialog, long markerMillis, long windowMillis) {
    }

    public static void main(String[] args) throws Exception {
        Path product = Path.of("releng/org.castellan.repository/target/products/org.castellan.product/linux/gtk/x86_64");
        Path bare = Path.of("benchmarks/bare-rcp/product/target/products/org.castellan.benchmarks.bare.product/linux/gtk/x86_64");
        Path work = Path.of("benchmarks/target/coldstart");
        int runs = 5;
        boolean fresh = false;
        Duration timeout = Duration.ofSeconds(180);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--product" -> product = Path.of(args[++i]);
            case "--bare" -> bare = "none".equals(args[++i]) ? null : Path.of(args[i]);
            case "--work" -> work = Path.of(args[++i]);
            case "--runs" -> runs = Integer.parseInt(args[++i]);
            case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
            case "--installation" -> fresh = switch (args[++i]) {
                case "fresh" -> true;
                case "existing" -> false;
                default -> throw new IllegalArgumentException("--installation takes fresh or existing, not " + args[i]);
            };
            default -> throw new IllegalArgumentException("unknown option " + args[i]
                    + "; options: --product DIR --bare DIR|none --runs N --installation fresh|existing --timeout SECONDS --work DIR");
            }
        }
        product = product.toAbsolutePath().normalize();
        work = work.toAbsolutePath().normalize();
        if (!Files.isExecutable(product.resolve("castellan"))) {
            throw new IllegalStateException("No castellan script in " + product + ": build the product first (benchmarks/run.sh does)");
        }
        if (bare != null) {
            bare = bare.toAbsolutePath().normalize();
            if (!Files.isExecutable(bare.resolve("castellan"))) {
                throw new IllegalStateException("No bare RCP product in " + bare + ": build it with -Pbenchmarks, or pass --bare none");
            }
        }
        Folders.deleteTree(work);
        Files.createDirectories(work);
        try (VirtualDisplay screen = VirtualDisplay.start(work.resolve("xvfb.log"))) {
            new ColdStartHarness(product, bare, work, timeout, screen).measure(runs, fresh);
        }
    }

    private void measure(int runs, boolean fresh) throws IOException, InterruptedException {
        Path installation = work.resolve("installation");
        if (!fresh) {
            createInstallation(installation);
        }
        run(fresh ? work.resolve("warm-up") : installation); // fills the OSGi caches; not measured
        Path bareInstallation = work.resolve("bare-installation");
        if (bare != null) {
            runBare(bareInstallation);
        }
        List<Sample> samples = new ArrayList<>();
        List<Long> bareSamples = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Sample sample = run(fresh ? work.resolve("fresh-" + i) : installation);
            samples.add(sample);
            System.out.printf(Locale.ROOT, "run %d: \"%s\" shown after %d ms (startup marker), visible to xdotool after %d ms%n", i,
                    sample.dialog(), sample.markerMillis(), sample.windowMillis());
            if (bare != null) {
                long bareMillis = runBare(bareInstallation);
                bareSamples.add(bareMillis);
                System.out.printf(Locale.ROOT, "run %d: bare RCP window visible to xdotool after %d ms%n", i, bareMillis);
            }
        }
        System.out.printf(Locale.ROOT, "Cold start to the %s dialog, %d runs, %s installation:%n",
                fresh ? FIRST_START : LOG_IN, runs, fresh ? "fresh" : "existing");
        System.out.println("  startup marker: " + summary(samples.stream().map(Sample::markerMillis).toList()));
        List<Long> castellanWindows = samples.stream().map(Sample::windowMillis).toList();
        System.out.println("  xdotool window: " + summary(castellanWindows));
        if (bare != null) {
            System.out.println("  bare RCP window (same runtime, script and start levels, alternating): " + summary(bareSamples));
            System.out.printf(Locale.ROOT, "  ratio of the medians, Castellan's dialog / bare RCP's window: %.2f%n",
                    (double) median(castellanWindows) / median(bareSamples));
        }
    }

    /** Starts the bare RCP product, waits until its window is there and ends it; the milliseconds to the window. */
    private long runBare(Path installation) throws IOException, InterruptedException {
        started++;
        long start = System.currentTimeMillis();
        Process process = launch(bare, installation, List.of());
        try {
            long deadline = start + timeout.toMillis();
            while (firstWindow(BARE_WINDOW) == null) {
                failIfGone(process, deadline);
                Thread.sleep(POLL.toMillis());
            }
            long windowAt = System.currentTimeMillis();
            process.destroy(); // the script ends its Java with TERM
            stop(process);
            return windowAt - start;
        } finally {
            kill(process);
        }
    }

    /** Starts the product, waits for its first dialog, cancels it and waits for the exit. */
    private Sample run(Path installation) throws IOException, InterruptedException {
        started++;
        Path marker = work.resolve("marker-" + started);
        long start = System.currentTimeMillis();
        Process process = launch(product, installation, List.of("-Dcastellan.startupMarker=" + marker));
        try {
            long windowAt = -1;
            String window = null;
            long deadline = start + timeout.toMillis();
            while (!Files.isRegularFile(marker) || window == null) {
                if (window == null && (window = firstWindow(FIRST_DIALOG)) != null) {
                    windowAt = System.currentTimeMillis();
                }
                failIfGone(process, deadline);
                Thread.sleep(POLL.toMillis());
            }
            long markerAt = Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip());
            String dialog = screen.windowName(window);
            close(process, window, dialog);
            return new Sample(dialog, markerAt - start, windowAt - start);
        } finally {
            kill(process);
        }
    }

    /** Creates the installation of the "existing" runs through its First start dialog. */
    private void createInstallation(Path installation) throws IOException, InterruptedException {
        started++;
        Process process = launch(product, installation, List.of());
        try {
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            String dialog;
            while ((dialog = firstWindow(FIRST_START)) == null) {
                failIfGone(process, deadline);
                Thread.sleep(POLL.toMillis());
            }
            screen.focus(dialog);
            screen.type(SETUP_INSTALLATION);    // installation name, then login (kept: admin), display name
            screen.key("Tab", "Tab", "Tab");
            screen.type(SETUP_PASSWORD);
            screen.key("Tab");
            screen.type(SETUP_PASSWORD);
            screen.key("Return");
            String workbench;
            while ((workbench = firstWindow(SETUP_INSTALLATION)) == null) {
                failIfGone(process, deadline);
                Thread.sleep(POLL.toMillis());
            }
            screen.focus(workbench);
            screen.key("alt+f", "x");            // File > Exit
            stop(process);
        } finally {
            kill(process);
        }
    }

    private Process launch(Path productDir, Path installation, List<String> jvmOptions) throws IOException {
        Path home = work.resolve("home");
        Path cwd = work.resolve("cwd");
        Files.createDirectories(home);
        Files.createDirectories(cwd);
        List<String> command = new ArrayList<>(List.of(productDir.resolve("castellan").toString(), "-data", installation.toString()));
        if (!jvmOptions.isEmpty()) {
            command.add("-vmargs");
            command.addAll(jvmOptions);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("run-" + started + ".log").toFile());
        builder.environment().putAll(screen.environment());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("CASTELLAN_HOME");
        return builder.start();
    }

    private void failIfGone(Process process, long deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The product exited with code " + process.exitValue() + " before its first window; see "
                    + work.resolve("run-" + started + ".log"));
        }
        if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("No window of the product after " + timeout.toSeconds() + " s; see "
                    + work.resolve("run-" + started + ".log"));
        }
    }

    /**
     * Ends a run. The Login dialog is cancelled (Tab, Tab to its Cancel button: under Xvfb without
     * a window manager, Escape does not close it), so the database closes normally before the next
     * run; any other
     * first dialog has not opened a database yet and the process is simply terminated.
     */
    private void close(Process process, String window, String dialog) throws IOException, InterruptedException {
        if (dialog.contains(LOG_IN)) {
            screen.focus(window);
            screen.key("Tab", "Tab", "space");
        } else {
            process.destroy();
        }
        stop(process);
    }

    /** Waits for the product to exit, terminating it if it does not. */
    private static void stop(Process process) throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill(process);
            }
        }
    }

    /** Kills a run that is still there, its JVM first: the castellan script runs Castellan's JVM as its child. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "min %d ms, median %d ms, max %d ms", sorted.get(0), median(millis),
                sorted.get(sorted.size() - 1));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** The first visible window whose name matches, or null while there is none. */
    private String firstWindow(String regex) throws IOException, InterruptedException {
        return screen.windowsNamed(regex).stream().findFirst().orElse(null);
    }
}
