package org.castellan.app.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.CastellanWorkbenchAdvisor;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountException;
import org.castellan.store.InstallationFolder;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Castellan application ({@code org.castellan.app.application}): opens or creates the
 * installation of the instance location, logs the user in, runs the workbench, and closes the
 * installation on exit.
 * <p>
 * Exit codes: {@link IApplication#EXIT_OK} after a normal exit or a cancelled dialog;
 * {@link #EXIT_INSTALLATION_UNUSABLE} when the installation cannot be opened or created (in use by
 * another process, damaged, read-only, too new...); {@link #EXIT_ACCOUNTS_UNUSABLE} when the
 * accounts cannot be read or the account service does not start; {@link #EXIT_UNEXPECTED} for
 * anything else that stops the start (details in the log).
 */
public final class CastellanApplication implements IApplication {

    public static final Integer EXIT_INSTALLATION_UNUSABLE = Integer.valueOf(1);
    public static final Integer EXIT_ACCOUNTS_UNUSABLE = Integer.valueOf(2);
    public static final Integer EXIT_UNEXPECTED = Integer.valueOf(3);

    private volatile Display display;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        display = PlatformUI.createDisplay();
        try {
            StartupMarker.fromSystemProperties().ifPresent(marker -> marker.writeWhenFirstShellShows(display));
            context.applicationRunning(); // the dialogs come before the workbench: no splash may hide them
            Path folder = InstallationFolder.resolve(Platform.getInstanceLocation());
            BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
            Optional<LoggedIn> loggedIn;
            try {
                loggedIn = new StartupFlow(bundleContext, null).run(folder);
            } catch (StoreException e) {
                StartupErrors.report(null, e);
                return EXIT_INSTALLATION_UNUSABLE;
            } catch (AccountException | StartupException e) {
                StartupErrors.report(null, e);
                return EXIT_ACCOUNTS_UNUSABLE;
            } catch (RuntimeException e) {
                StartupErrors.reportUnexpected(null, e);
                return EXIT_UNEXPECTED;
            }
            if (loggedIn.isEmpty()) {
                return EXIT_OK;
            }
            try (LoggedIn session = loggedIn.get()) {
                WorkbenchSession published = session.publishSession();
                int code = PlatformUI.createAndRunWorkbench(display, new CastellanWorkbenchAdvisor(session, published));
                return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
            }
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display current = display;
        if (current == null || current.isDisposed()) {
            return;
        }
        current.syncExec(() -> {
            if (!current.isDisposed()) {
                workbench.close();
            }
        });
    }
}
