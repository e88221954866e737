package org.castellan.product.junit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench in the product's runtime and runs the workbench tests in it: the same
 * bundles, start levels, {@code config.ini}, launch script and Java as the product, only this
 * application in place of Castellan's (whose Log in dialog the tests drive themselves). Exits with
 * 0 when every test passed, 1 otherwise; the results are in the folder the run was given.
 */
public final class WorkbenchTestsApplication implements IApplication {

    private static final Integer EXIT_FAILED = Integer.valueOf(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        TestRun tests = TestRun.fromSystemProperties();
        Display display = PlatformUI.createDisplay();
        try {
            context.applicationRunning();
            PlatformUI.createAndRunWorkbench(display, new TestsWorkbenchAdvisor(tests));
            return tests.passed() ? EXIT_OK : EXIT_FAILED;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // The run ends when its tests have run; an outside stop kills the process.
    }
}
