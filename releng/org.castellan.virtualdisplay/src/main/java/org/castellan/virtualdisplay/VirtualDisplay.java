package org.castellan.virtualdisplay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private X server (Xvfb) and the xdotool and ImageMagick commands that look at it and type into
 * it. Its own server keeps runs independent of any DISPLAY the build has (CI has none) and of
 * windows other programs open.
 * <p>
 * There is no window manager: a window is focused with {@link #focus} before typing, and windows
 * have no title bars in screenshots.
 */
public final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String display;

    private VirtualDisplay(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /**
     * Starts Xvfb on a free display number (Xvfb picks it and reports it on -displayfd). With
     * {@code -noreset}: by default Xvfb resets when its last client leaves, and a program starting
     * during that reset fails with "gtk_init_check() failed".
     */
    public static VirtualDisplay start(Path log) throws IOException, InterruptedException {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset")
                .redirectError(log.toFile())
                .start();
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = number.get(60, TimeUnit.SECONDS);
            if (line == null || !line.strip().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display number; see " + log);
            }
            return new VirtualDisplay(xvfb, ":" + line.strip());
        } catch (ExecutionException | TimeoutException e) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not start within 60 s; see " + log, e);
        }
    }

    /** The DISPLAY value of this server. */
    public String name() {
        return display;
    }

    /** Environment entries every program shown on this display needs. */
    public Map<String, String> environment() {
        return Map.of("DISPLAY", display,
                "GDK_BACKEND", "x11",           // never a Wayland session the build may run in
                "NO_AT_BRIDGE", "1",            // no accessibility bus on a headless machine
                "LC_ALL", "C.UTF-8");           // window titles contain an em dash
    }

    /** The visible windows whose name matches the regular expression. */
    public List<String> windowsNamed(String regex) throws IOException, InterruptedException {
        return windowIds(run("xdotool", "search", "--onlyvisible", "--name", regex));
    }

    /** The visible windows of a process (GTK sets _NET_WM_PID). */
    public List<String> windowsOf(long pid) throws IOException, InterruptedException {
        return windowIds(run("xdotool", "search", "--onlyvisible", "--pid", Long.toString(pid)));
    }

    public String windowName(String window) throws IOException, InterruptedException {
        return run("xdotool", "getwindowname", window).strip();
    }

    /** Gives the window the keyboard focus (there is no window manager to do it). */
    public void focus(String window) throws IOException, InterruptedException {
        run("xdotool", "windowfocus", "--sync", window);
    }

    /** Types text into the focused widget of the focused window. */
    public void type(String text) throws IOException, InterruptedException {
        run("xdotool", "type", "--delay", "40", text);
    }

    /** Presses keys such as {@code Tab}, {@code Return} or {@code alt+f}, one after the other. */
    public void key(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool", "key", "--delay", "100"));
        command.addAll(List.of(keys));
        run(command.toArray(String[]::new));
    }

    /** Saves the whole screen, or one window, as a PNG file. */
    public Path capture(String window, Path file) throws IOException, InterruptedException {
        run("import", "-window", window, file.toString());
        return file;
    }

    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 60 s");
        }
        // xdotool search exits with 1 when nothing matches: that is an answer, not a failure.
        if (process.exitValue() != 0 && !(command[0].equals("xdotool") && command[1].equals("search"))) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    private static List<String> windowIds(String output) {
        return output.lines().map(String::strip).filter(s -> s.matches("\\d+")).toList();
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        if (!xvfb.waitFor(30, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }
}
