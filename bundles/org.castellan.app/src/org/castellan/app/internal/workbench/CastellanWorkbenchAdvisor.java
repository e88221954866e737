package org.castellan.app.internal.workbench;

import java.util.Objects;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.audit.AuditJournal;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Castellan's workbench: one window on the {@link FirstPerspective} (the Home); nothing restored from the
 * last run. Its {@link SessionSwitch} lets another user log in without restarting.
 */
public final class CastellanWorkbenchAdvisor extends WorkbenchAdvisor {

    private final SessionSwitch sessions;
    private final WorkbenchEntries entries;
    private final String firstPerspective = FirstPerspective.id();
    private ServiceRegistration<?> registration;

    /**
     * @param loggedIn the open installation and who logged in to it (the log-out publishes the next user's session there)
     * @param session  the session published for that user
     */
    public CastellanWorkbenchAdvisor(LoggedIn loggedIn, WorkbenchSession session) {
        Objects.requireNonNull(loggedIn);
        sessions = new SessionSwitch(loggedIn.installation(), loggedIn.installationName(), Objects.requireNonNull(session),
                firstPerspective, IWorkbench::close);
        entries = new WorkbenchEntries(() -> Services.find(AuditJournal.class), () -> sessions.session().user());
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Several administrators may use one installation folder: each start shows the same layout.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        registration = sessions.register(FrameworkUtil.getBundle(getClass()).getBundleContext());
        entries.install(getWorkbenchConfigurer().getWorkbench());
    }

    @Override
    public void postShutdown() {
        entries.uninstall(getWorkbenchConfigurer().getWorkbench());
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        super.postShutdown();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return firstPerspective;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CastellanWindowAdvisor(configurer, sessions);
    }
}
