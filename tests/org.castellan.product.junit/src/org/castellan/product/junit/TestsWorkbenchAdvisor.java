package org.castellan.product.junit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Castellan's workbench window without a session (the tests publish their own, as in Tycho's
 * harness) that runs the tests on the display's thread once it is up, then closes.
 */
final class TestsWorkbenchAdvisor extends WorkbenchAdvisor {

    private final TestRun tests;

    TestsWorkbenchAdvisor(TestRun tests) {
        this.tests = tests;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return StartPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TestsWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        Display.getCurrent().asyncExec(() -> {
            try {
                tests.run();
            } finally {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
