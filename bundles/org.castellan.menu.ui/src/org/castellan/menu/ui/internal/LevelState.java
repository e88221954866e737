package org.castellan.menu.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.VisibleSet;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightsCatalog;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * What the logged-in user may see, kept up to date: recomputed when the session changes (log out,
 * log in as someone else), when this workstation changes the menu, a user, a role or a group
 * (events), and when another workstation did (the user's visible set computed again every
 * {@value #POLL_MILLIS} ms: his level and rights may have changed there). Each
 * computation runs in a job, then is applied whole: the activity patterns, then, on the UI thread,
 * the listeners (the source provider that menus' visibleWhen and handlers' enablement follow).
 * Without a session nothing is hidden (another application's workbench, the login).
 */
@Component(service = { LevelState.class, EventHandler.class }, immediate = true, property = {
        "event.topics=org/castellan/menu/*", "event.topics=org/castellan/security/user/CHANGED",
        "event.topics=org/castellan/security/role/CHANGED", "event.topics=org/castellan/security/group/CHANGED" })
public final class LevelState implements EventHandler {

    static final long POLL_MILLIS = 1000;

    private final ActivityPatterns patterns;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Job refresh = Job.create(Messages.refreshJob, this::refresh);
    private final Job poll = new Job(Messages.refreshJob) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            poll();
            schedule(POLL_MILLIS);
            return Status.OK_STATUS;
        }
    };
    private volatile WorkbenchSession session;
    private volatile MenuLevels menu;
    private volatile RightsCatalog rights;
    private volatile VisibleSet visible;
    private volatile long revision = -1;
    private volatile long applied;
    private volatile boolean active = true;

    @Activate
    public LevelState(@Reference IExtensionRegistry registry) {
        patterns = new ActivityPatterns(registry);
        refresh.setSystem(true);
        poll.setSystem(true);
        poll.schedule(POLL_MILLIS);
    }

    @Deactivate
    void deactivate() {
        active = false;
        poll.cancel();
        refresh.cancel();
        patterns.apply(null);
    }

    /** The running instance, if the bundle's component is active. */
    public static Optional<LevelState> get() {
        return Services.find(LevelState.class);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSession(WorkbenchSession newSession) {
        session = newSession;
        requestRefresh();
    }

    void unbindSession(WorkbenchSession oldSession) {
        if (session == oldSession) {
            session = null;
            requestRefresh();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindMenu(MenuLevels levels) {
        menu = levels;
        requestRefresh();
    }

    void unbindMenu(MenuLevels levels) {
        if (menu == levels) {
            menu = null;
            requestRefresh();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRights(RightsCatalog catalog) {
        rights = catalog;
    }

    void unbindRights(RightsCatalog catalog) {
        if (rights == catalog) {
            rights = null;
        }
    }

    /** The rights the installed bundles declare, as the Main Menu Definition offers them. */
    public Optional<RightsCatalog> rights() {
        return Optional.ofNullable(rights);
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        if (!topic.equals(MenuLevels.TOPIC_REFUSED) && !topic.startsWith("org/castellan/menu/stepup/")) { //$NON-NLS-1$
            requestRefresh(); // a refusal or a supervisor's step-up changes nobody's visible set
        }
    }

    /** Recomputes soon, in a job. */
    public void requestRefresh() {
        if (active) {
            refresh.schedule();
        }
    }

    private void poll() {
        MenuLevels levels = menu;
        if (levels == null || session == null) {
            return;
        }
        WorkbenchSession current = session;
        try {
            if (levels.revision() != revision || (current != null && !levels.visibleTo(current.user()).sameAs(visible))) {
                requestRefresh();
            }
        } catch (MenuException e) {
            // the installation is closing: the next poll or session says more
        }
    }

    private IStatus refresh(IProgressMonitor monitor) {
        WorkbenchSession current = session;
        MenuLevels levels = menu;
        VisibleSet next = null;
        if (current != null && levels != null) {
            try {
                revision = levels.revision();
                next = levels.visibleTo(current.user());
            } catch (MenuException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
                return Status.OK_STATUS; // keep what is applied rather than show everything
            }
        }
        visible = next;
        patterns.apply(next);
        if (PlatformUI.isWorkbenchRunning()) {
            org.eclipse.swt.widgets.Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> {
                listeners.forEach(Runnable::run);
                applied++;
            });
        } else {
            applied++;
        }
        return Status.OK_STATUS;
    }

    /** What the user sees now; empty when nobody is logged in (nothing hidden). */
    public Optional<VisibleSet> visible() {
        return Optional.ofNullable(visible);
    }

    /** Who is logged in. */
    public Optional<AuthenticatedUser> user() {
        WorkbenchSession current = session;
        return current == null ? Optional.empty() : Optional.of(current.user());
    }

    /** The menu service of the open installation. */
    public Optional<MenuLevels> menu() {
        return Optional.ofNullable(menu);
    }

    /** Whether the contribution is visible to the user working now (everything is without a session). */
    public boolean visible(String contributionId) {
        VisibleSet set = visible;
        return set == null || set.visible(contributionId);
    }

    /** How many computations have been applied so far (tests wait for it to move). */
    public long applied() {
        return applied;
    }

    /** Runs on the UI thread after each application. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
