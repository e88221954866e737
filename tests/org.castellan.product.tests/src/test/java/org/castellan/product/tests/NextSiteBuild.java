package org.castellan.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the update site of the next version: a copy of the source tree (without build output)
 * built again with a raised qualifier, as a later release build would, so that every Castellan
 * bundle, feature and the product get a higher version than the build under test.
 */
final class NextSiteBuild {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final String REPOSITORY_MODULE = "releng/org.castellan.repository";

    private NextSiteBuild() {
    }

    /**
     * @param root      the source tree under test
     * @param work      an empty folder for the copy
     * @param qualifier the qualifier of the next version
     * @return the update site of the next version
     */
    static Path build(MavenRun maven, Path root, Path work, String qualifier) throws IOException, InterruptedException {
        Path copy = work.resolve("source");
        copySources(root, copy);
        maven.in(copy).run(copy, List.of("package", "-DskipTests", "-DforceContextQualifier=" + qualifier, "-pl",
                String.join(",", shippedModules(copy))), work.resolve("build.log"), TIMEOUT);
        return copy.resolve(REPOSITORY_MODULE).resolve("target/repository");
    }

    /** The bundles, the features and the repository module of the root pom (no tests, no tools). */
    static List<String> shippedModules(Path root) throws IOException {
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        return modules.results().map(m -> m.group(1).trim())
                .filter(m -> m.startsWith("bundles/") || m.startsWith("features/") || m.equals(REPOSITORY_MODULE)).toList();
    }

    /** Copies the tree with its file modes (mvnw stays executable), leaving out build output and Git. */
    private static void copySources(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (!dir.equals(from) && (name.equals("target") || name.equals(".git"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().equals(".git")) {
                    return FileVisitResult.CONTINUE; // a worktree's .git is a file
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
