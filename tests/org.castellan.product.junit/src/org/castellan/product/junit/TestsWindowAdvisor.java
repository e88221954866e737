package org.castellan.product.junit;

import org.castellan.app.internal.workbench.CastellanActionBarAdvisor;
import org.castellan.app.internal.workbench.CastellanWindowAdvisor;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The window as Castellan's own advisor makes it (its menu bar, the perspective bar, a status line),
 * without the session its title follows: the tests publish their own sessions.
 */
final class TestsWindowAdvisor extends WorkbenchWindowAdvisor {

    TestsWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CastellanActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        CastellanWindowAdvisor.shape(getWindowConfigurer());
    }
}
