package org.castellan.app.internal.workbench;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.castellan.app.internal.LoginGates;
import org.castellan.app.internal.Messages;
import org.castellan.app.internal.StartupException;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.Installation;
import org.castellan.app.session.LoginGate;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Who works in the running workbench, and the log-out that hands it to someone else: the "Log
 * Out…" command, and the end of a one-transaction session ({@link AccountService#TOPIC_SESSION_END_REQUESTED}
 * for the session's user) both run {@link #logOut}.
 * <p>
 * While the workbench runs it is registered ({@link #register}) as an OSGi service, so that
 * handlers find it, and as an {@link EventHandler} of that topic.
 */
public final class SessionSwitch implements EventHandler {

    private final Installation store;
    private final String installationName;
    private final String perspectiveId;
    private final Consumer<IWorkbench> exit;
    private final List<Consumer<WorkbenchSession>> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkbenchSession session;
    private boolean loggingOut;

    /**
     * @param session       the session published at the start
     * @param perspectiveId the perspective every window reopens for the next user
     * @param exit          what ends the workbench when nobody logs in again ({@link IWorkbench#close()}
     *                      in the application; tests that run inside a workbench give something else)
     */
    public SessionSwitch(Installation store, String installationName, WorkbenchSession session, String perspectiveId,
            Consumer<IWorkbench> exit) {
        this.store = Objects.requireNonNull(store);
        this.installationName = Objects.requireNonNull(installationName);
        this.session = Objects.requireNonNull(session);
        this.perspectiveId = Objects.requireNonNull(perspectiveId);
        this.exit = Objects.requireNonNull(exit);
    }

    /** The switch of the running Castellan workbench; empty in another application's workbench. */
    public static Optional<SessionSwitch> running() {
        return Services.find(SessionSwitch.class);
    }

    /** The session of the user working now. */
    public WorkbenchSession session() {
        return session;
    }

    /** Whether the guest is working now (he has no password to change). */
    public boolean guest() {
        return AccountService.GUEST_LOGIN.equals(session.user().login());
    }

    /** The user whose answer {@link #passwordChangeable()} keeps, and that answer: menus ask often. */
    private record Changeable(String userId, boolean changeable) {
    }

    private volatile Changeable changeable;

    /**
     * Whether the user working now may change his password here: not the guest (he has none), not
     * a domain user (the directory keeps his). Read once per user; false when it cannot be read.
     */
    public boolean passwordChangeable() {
        String userId = session.user().id();
        Changeable known = changeable;
        if (known == null || !known.userId().equals(userId)) {
            boolean answer;
            try {
                answer = !guest() && accounts().passwordChangeable(session.user());
            } catch (org.castellan.security.AccountException | StartupException e) {
                answer = false; // the service would refuse as well; its message says why
            }
            known = new Changeable(userId, answer);
            changeable = known;
        }
        return known.changeable();
    }

    public AccountService accounts() throws StartupException {
        return store.accounts();
    }

    /** Tells the listener of every new session, and of the session's move to another company (the window title follows both). */
    public void addListener(Consumer<WorkbenchSession> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Registers this as a service and as the handler of session-end requests; unregister when the workbench stops. */
    public ServiceRegistration<?> register(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, new String[] { AccountService.TOPIC_SESSION_END_REQUESTED, LoginGate.TOPIC_COMPANY_CHANGED });
        return context.registerService(new String[] { SessionSwitch.class.getName(), EventHandler.class.getName() }, this, properties);
    }

    /** A one-transaction session ended: the same log-out, for the session's user only. The session's company changed: the title follows. */
    @Override
    public void handleEvent(Event event) {
        if (LoginGate.TOPIC_COMPANY_CHANGED.equals(event.getTopic())) {
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> listeners.forEach(listener -> listener.accept(session)));
            }
            return;
        }
        if (!session.user().id().equals(event.getProperty("userId"))) { //$NON-NLS-1$
            return;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        // Posted from EventAdmin's thread: the dialogs run on the UI thread.
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = activeWindow();
            if (window != null && session.user().id().equals(event.getProperty("userId"))) { //$NON-NLS-1$
                // the server's session of a client workstation ended: it says why (else a one-transaction session ended)
                logOut(window, event.getProperty("message") instanceof String why ? why : Messages.logOutSessionEnded); //$NON-NLS-1$
            }
        });
    }

    private static IWorkbenchWindow activeWindow() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
        IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
        return active != null ? active : windows.length > 0 ? windows[0] : null;
    }

    /** "Log Out…": see {@link #logOut(IWorkbenchWindow, String)}. */
    public boolean logOut(IWorkbenchWindow window) {
        return logOut(window, Messages.loginMessage);
    }

    /**
     * Saves or asks for every dirty editor (Cancel keeps the session), closes the editors and the
     * perspectives (the next person sees nothing of this user's work), then asks for a login over
     * the window: the new user's session replaces this one and every window reopens the
     * perspective with new views; Cancel ends the workbench.
     *
     * @param message the login dialog's message (why it is asked)
     * @return whether someone logged in; false when the log-out was cancelled or the workbench ends
     */
    public boolean logOut(IWorkbenchWindow window, String message) {
        if (loggingOut) {
            return false; // a second request while the login dialog is open
        }
        loggingOut = true;
        try {
            IWorkbench workbench = window.getWorkbench();
            if (!closeEditors(workbench)) {
                return false;
            }
            closePerspectives(workbench);
            LoginGates.loggedOut(session.user());
            store.loggedOut(session.user());
            Optional<AuthenticatedUser> next = askLogin(window, message);
            if (next.isEmpty()) {
                exit.accept(workbench);
                return false;
            }
            switchTo(workbench, next.get());
            return true;
        } finally {
            loggingOut = false;
        }
    }

    /** @return false when the person cancelled saving a dirty editor */
    boolean closeEditors(IWorkbench workbench) {
        if (!workbench.saveAllEditors(true)) {
            return false;
        }
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                page.closeAllEditors(false); // saved or knowingly discarded above
            }
        }
        return true;
    }

    private static void closePerspectives(IWorkbench workbench) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                page.closeAllPerspectives(false, false);
            }
        }
    }

    private Optional<AuthenticatedUser> askLogin(IWorkbenchWindow window, String message) {
        try {
            LoginDialog login = new LoginDialog(window.getShell(), store.accounts(), installationName);
            login.setMessageOnOpen(message);
            return login.open() == Window.OK ? login.user() : Optional.empty();
        } catch (StartupException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            MessageDialog.openError(window.getShell(), Messages.errorDialogTitle, e.getMessage());
            return Optional.empty();
        }
    }

    /** Publishes the new user's session and reopens the perspective in every window, so every view is made for him. */
    void switchTo(IWorkbench workbench, AuthenticatedUser user) {
        session = store.publishSession(installationName, user);
        listeners.forEach(listener -> listener.accept(session));
        IPerspectiveDescriptor perspective = workbench.getPerspectiveRegistry().findPerspectiveWithId(perspectiveId);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                page.closeAllPerspectives(false, false);
                page.setPerspective(perspective);
            }
            if (window.getPages().length == 0) {
                try {
                    window.openPage(perspectiveId, null);
                } catch (WorkbenchException e) {
                    ILog.of(getClass()).error(e.getMessage(), e);
                }
            }
        }
    }
}
