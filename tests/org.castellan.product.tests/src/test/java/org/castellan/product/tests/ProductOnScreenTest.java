package org.castellan.product.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * A test class that runs the product on a virtual screen of its own, from a fresh work folder: the
 * folder, the product, its command line on the folder's installation, and the screen. Its tests run
 * on one instance, each going on from where the previous one left the product.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ProductOnScreenTest {

    private final String workName;
    protected WorkFolder work;
    protected Path product;
    protected ProductCommandLine commandLine;
    /** Closed after the last test, and with it any run of the product a failed test left. */
    @AutoClose
    protected ProductScreen screen;

    /**
     * @param workName the work folder's name under the module's target
     */
    protected ProductOnScreenTest(String workName) {
        this.workName = workName;
    }

    @BeforeAll
    final void startTheScreen() throws IOException, InterruptedException {
        work = WorkFolder.fresh(workName);
        product = product(work);
        commandLine = work.commandLine(product);
        screen = work.startScreen();
    }

    /** The product the tests run: the one built, unless a test class runs a copy of its own in {@code work}. */
    protected Path product(WorkFolder work) throws IOException, InterruptedException {
        return ProductRun.builtProduct();
    }
}
