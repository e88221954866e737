package org.castellan.app.internal.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The window: titled after the installation and the user (the title follows a log-out), with a
 * menu bar, the perspective bar and a status line.
 */
public final class CastellanWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final Point INITIAL_SIZE = new Point(1100, 720);

    private final SessionSwitch sessions;

    CastellanWindowAdvisor(IWorkbenchWindowConfigurer configurer, SessionSwitch sessions) {
        super(configurer);
        this.sessions = sessions;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CastellanActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle(WindowTitle.of(sessions.session()));
        sessions.addListener(next -> configurer.setTitle(WindowTitle.of(next)));
        shape(configurer);
    }

    /** The window's size and bars, for any window that is to look like Castellan's (the workbench tests' too). */
    public static void shape(IWorkbenchWindowConfigurer configurer) {
        Display display = Display.getCurrent();
        configurer.setInitialSize(display == null ? INITIAL_SIZE : initialSize(display.getPrimaryMonitor().getClientArea()));
        configurer.setShowMenuBar(true);
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
    }

    /**
     * The first window's size on a screen whose usable area is {@code area}: the size Castellan is
     * laid out for, no larger than the area (on a 1024x768 screen the window would otherwise reach
     * past its right edge, cutting the views' last columns).
     */
    public static Point initialSize(Rectangle area) {
        return new Point(Math.min(INITIAL_SIZE.x, area.width), Math.min(INITIAL_SIZE.y, area.height));
    }
}
