package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The scratch folders benchmarks create and remove. */
final class Folders {

    private Folders() {
    }

    /** The harness's work folder ({@code --work}, or {@code fallback}), emptied, with Derby's log in it. */
    static Path freshWork(String[] args, String fallback) throws IOException {
        Path work = Path.of(SessionLoadHarness.option(args, "--work", fallback));
        deleteTree(work);
        Files.createDirectories(work);
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        return work;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
