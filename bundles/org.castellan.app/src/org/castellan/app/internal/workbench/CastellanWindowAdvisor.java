package org.castellan.app.internal.workbench;

import org.castellan.app.session.WorkbenchSession;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The window: titled after the installation and the user, with a menu bar and a status line. */
final class CastellanWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final Point INITIAL_SIZE = new Point(1100, 720);

    private final WorkbenchSession session;

    CastellanWindowAdvisor(IWorkbenchWindowConfigurer configurer, WorkbenchSession session) {
        super(configurer);
        this.session = session;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CastellanActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle(WindowTitle.of(session));
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setShowMenuBar(true);
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
    }
}
