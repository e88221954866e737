package org.castellan.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Maven run of the project's own wrapper ({@code mvnw}) in a child process, with the Java and local
 * repository of the build that runs the tests, offline: the p2 director of Tycho and the build of a
 * second update site run this way, from what the build under test already put in {@code ~/.m2}.
 */
final class MavenRun {

    private final Path wrapper;
    private final Path javaHome;
    private final String localRepository;

    private MavenRun(Path wrapper, Path javaHome, String localRepository) {
        this.wrapper = wrapper;
        this.javaHome = javaHome;
        this.localRepository = localRepository;
    }

    /** The wrapper of the source tree at {@code root}, configured from the test's system properties. */
    static MavenRun of(Path root) {
        Path wrapper = root.resolve("mvnw");
        if (!Files.isExecutable(wrapper)) {
            throw new IllegalStateException("no executable Maven wrapper " + wrapper);
        }
        String repository = System.getProperty("castellan.maven.repo.local", "");
        return new MavenRun(wrapper, Path.of(System.getProperty("java.home")), repository);
    }

    /** The same Maven settings for another source tree (a copy of this one). */
    MavenRun in(Path root) {
        return new MavenRun(root.resolve("mvnw"), javaHome, localRepository);
    }

    /**
     * Runs Maven with these arguments in {@code workingDir}; its output goes to {@code log}.
     *
     * @throws AssertionError when it fails or does not end within the timeout, with the end of its log
     */
    void run(Path workingDir, List<String> arguments, Path log, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(workingDir);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(wrapper.toString(), "-B", "-o"));
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mvnw " + String.join(" ", arguments) + " did not end within " + timeout.toMinutes()
                    + " min\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("mvnw " + String.join(" ", arguments) + " failed (exit code " + process.exitValue() + ")\n"
                    + tail(log));
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "--- last lines of " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
