package org.castellan.store.tests.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A second Java process started by a test, with a class path made of bundles of the running test
 * framework: a real other workstation program, not a thread pretending to be one.
 */
public final class SeparateJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final List<String> command;

    private SeparateJvm(Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with the given bundles (by symbolic name) on the class path. */
    public static SeparateJvm start(List<String> bundles, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath(bundles));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new SeparateJvm(builder.start(), command);
    }

    /** Reads the process's output until a line equal to {@code expected}; fails with what it printed otherwise. */
    public void awaitLine(String expected, long timeoutSeconds) throws IOException, InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = output.readLine();
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IllegalStateException("the separate JVM " + command + " did not print " + expected + "; it printed:\n" + seen
                + (process.isAlive() ? "" : "(exit code " + process.waitFor() + ")"));
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String classPath(List<String> symbolicNames) {
        Bundle self = FrameworkUtil.getBundle(SeparateJvm.class);
        List<String> entries = new ArrayList<>();
        for (String name : symbolicNames) {
            Bundle found = null;
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    found = b;
                }
            }
            if (found == null) {
                throw new IllegalStateException("bundle " + name + " is not in the test runtime");
            }
            entries.add(fileOf(found));
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The jar or folder a bundle was installed from. Equinox gives relative locations relative to
     * its install area; a project of the build stands for its target/classes.
     */
    private static String fileOf(Bundle bundle) {
        if (bundle.getBundleId() == 0) {
            return Path.of(URI.create(System.getProperty("osgi.framework"))).toString();
        }
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        Path path = Path.of(file >= 0 ? location.substring(file + "file:".length()) : location);
        if (!path.isAbsolute()) {
            path = Path.of(URI.create(System.getProperty("osgi.install.area"))).resolve(path);
        }
        path = path.normalize();
        Path classes = path.resolve("target").resolve("classes");
        return (Files.isDirectory(classes) ? classes : path).toString();
    }
}
