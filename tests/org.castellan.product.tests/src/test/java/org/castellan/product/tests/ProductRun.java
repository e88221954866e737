package org.castellan.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of the materialized product, started the way a person starts it: its {@code castellan}
 * script with {@code -data DIR}. The script runs Castellan's JVM as its child and starts it again
 * when Castellan asks for a restart (exit code 23), so one run may hold several JVMs one after the
 * other; it ends with the last one's exit code.
 */
final class ProductRun implements AutoCloseable {

    /** How long the product may take to exit once asked. */
    static final Duration EXIT_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path output;

    private ProductRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * @param product     the materialized product folder (holds the {@code castellan} script)
     * @param data        the installation folder, passed as {@code -data}
     * @param workingDir  the current directory of the run (tests check nothing is written there)
     * @param home        HOME of the run, so nothing touches the real ~/.castellan
     * @param environment display settings
     * @param output      where the run's standard output and error go
     */
    static ProductRun start(Path product, Path data, Path workingDir, Path home, Map<String, String> environment, Path output)
            throws IOException {
        return start(product, List.of("-data", data.toString()), workingDir, home, environment, output);
    }

    /** As {@link #start(Path, Path, Path, Path, Map, Path)}, with the script's arguments given whole ({@code -data DIR} among them). */
    static ProductRun start(Path product, List<String> arguments, Path workingDir, Path home, Map<String, String> environment, Path output)
            throws IOException {
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = script(product, arguments, workingDir, home)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return new ProductRun(builder.start(), output);
    }

    /**
     * The materialized product the build made (system property {@code castellan.product.dir}),
     * checked to hold its {@code castellan} script.
     */
    static Path builtProduct() {
        Path product = Path.of(System.getProperty("castellan.product.dir")).toAbsolutePath().normalize();
        if (!Files.isExecutable(product.resolve("castellan"))) {
            throw new AssertionError("no executable castellan script in " + product + ": build releng/org.castellan.repository first");
        }
        return product;
    }

    /** The folder the tests write into (system property {@code castellan.test.output}): the module's target. */
    static Path testOutput() {
        return Path.of(System.getProperty("castellan.test.output", "target")).toAbsolutePath();
    }

    /** What a run of the command line printed, and its exit code. */
    record CommandLineRun(int exitCode, String out, String err) {
    }

    /**
     * Runs the product's command line ({@code castellan user ...}) as a script does: no display,
     * {@code stdin} written to its standard input, stdout and stderr kept apart.
     */
    static CommandLineRun commandLine(Path product, List<String> arguments, String stdin, Path workingDir, Path home, Path output,
            Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(output);
        Path out = output.resolve("cli-stdout.txt");
        Path err = output.resolve("cli-stderr.txt");
        ProcessBuilder builder = script(product, arguments, workingDir, home).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("CASTELLAN_USER");
        builder.environment().remove("CASTELLAN_PASSPHRASE");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("castellan " + String.join(" ", arguments) + " did not exit within " + timeout.toSeconds() + " s");
        }
        return new CommandLineRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The product's {@code castellan} script with these arguments, in its own HOME and current directory. */
    private static ProcessBuilder script(Path product, List<String> arguments, Path workingDir, Path home) throws IOException {
        Files.createDirectories(workingDir);
        Files.createDirectories(home);
        List<String> command = new ArrayList<>();
        command.add(product.resolve("castellan").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("CASTELLAN_HOME");
        return builder;
    }

    /** The script's process and its descendants, among them the JVM running now. */
    List<Long> pids() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).map(ProcessHandle::pid).toList();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, or -1 while the process still runs. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Waits for the product to exit on its own. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Castellan did not exit within " + timeout.toSeconds() + " s\n" + outputTail());
        }
        return process.exitValue();
    }

    /**
     * The threads of the run's JVM, written beside its output by the test's own {@code jcmd}: what a
     * product that shows nothing for minutes was doing, for the failure message.
     */
    String threadDump() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path dump = output.resolveSibling(output.getFileName() + ".threads.txt");
        try {
            for (ProcessHandle java : process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).toList()) {
                Process print = new ProcessBuilder(jcmd.toString(), Long.toString(java.pid()), "Thread.print").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dump.toFile())).start();
                if (!print.waitFor(60, TimeUnit.SECONDS)) {
                    print.destroyForcibly();
                }
            }
            return "threads of the product: " + dump + "\n" + displayThread(dump);
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    /** The stack of the thread named {@code main} (SWT's display thread) in a dump, where a frozen workbench waits. */
    private static String displayThread(Path dump) throws IOException {
        if (!Files.exists(dump)) {
            return "";
        }
        StringBuilder stack = new StringBuilder();
        for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
            if (line.startsWith("\"main\"")) {
                stack.setLength(0);
                stack.append(line).append('\n');
            } else if (!stack.isEmpty() && !stack.toString().endsWith("\n\n")) {
                stack.append(line).append('\n');
            }
        }
        return stack.toString();
    }

    /** A free port, for a server that must listen on the same one after a restart. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Reads what {@code castellan server} printed until it says where it listens (or it ends, or a minute passes). */
    void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains("listening on https://127.0.0.1:")) {
                return;
            }
            Thread.sleep(200); // waiting for another process's line, not for time to pass
        }
        throw new AssertionError("castellan server did not say it listens\n" + outputTail());
    }

    /** The end of what the run printed, for failure messages. */
    String outputTail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return "--- last lines of " + output + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * Ends a run a failed test left behind: the script passes a TERM on to the JVM; a run that does
     * not end is killed, its JVM first.
     */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
