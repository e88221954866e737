package org.castellan.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the tests make and throw away. */
final class Trees {

    private Trees() {
    }

    /** Deletes the folder and everything in it; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A copy that keeps file modes (a product's launch script stays executable). */
    static void copy(Path from, Path to) throws IOException, InterruptedException {
        Process copy = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        if (copy.waitFor() != 0) {
            throw new IOException("cp -a " + from + " " + to + " failed with exit code " + copy.exitValue());
        }
    }
}
