package org.castellan.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test class's own folder under the module's target, emptied when the class starts: the
 * installation, the runs' HOME (so nothing touches the real ~/.castellan), their current directory
 * (tests check nothing is written there), the runs' output and the virtual screen's log.
 */
record WorkFolder(Path root) {

    /** {@code target/<name>}, deleted with everything a previous run left in it and made again. */
    static WorkFolder fresh(String name) throws IOException {
        Path root = ProductRun.testOutput().resolve(name);
        Trees.delete(root);
        Files.createDirectories(root);
        return new WorkFolder(root);
    }

    Path data() {
        return root.resolve("installation");
    }

    Path workingDir() {
        return root.resolve("working-dir");
    }

    Path home() {
        return root.resolve("home");
    }

    /** A virtual screen; its screenshots go with every other test's into {@code target/screenshots}. */
    ProductScreen startScreen() throws IOException, InterruptedException {
        return ProductScreen.start(ProductRun.testOutput().resolve("screenshots"), root.resolve("xvfb.log"));
    }

    /**
     * A run of {@code product} on this folder's installation, shown on {@code screen} and ended with
     * it should a failed test leave it running; what it prints goes to {@code outputName}.
     */
    ProductRun start(Path product, ProductScreen screen, String outputName) throws IOException {
        return screen.start(product, data(), workingDir(), home(), root.resolve(outputName));
    }

    /** The command line of {@code product} on this folder's installation. */
    ProductCommandLine commandLine(Path product) {
        return new ProductCommandLine(product, data(), workingDir(), home(), root);
    }
}
