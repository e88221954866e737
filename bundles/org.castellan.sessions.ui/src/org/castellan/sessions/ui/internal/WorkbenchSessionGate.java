package org.castellan.sessions.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.session.LoginGate;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.sessions.Heartbeat;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.LogoutRequest;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionKeeper;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.Workstation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The workbench's session in the registry: the Login dialog asks it ({@link LoginGate}) once the
 * password is right, so that a ban refuses the login there with its message (a security
 * administrator may open his session anyway, or lift the ban); it heartbeats the session while the
 * workbench runs, tells the registry when the user is active, shows "please log out" requests, and
 * closes the session at log-out and when the installation closes (a clean exit).
 */
@Component(service = { LoginGate.class, WorkbenchSessionGate.class }, immediate = true)
public final class WorkbenchSessionGate implements LoginGate {

    /** Button indexes of the question a security administrator gets at a ban. */
    public static final int FORCE = 0;
    public static final int LIFT = 1;

    private static final String PROGRAM = "Castellan"; //$NON-NLS-1$

    private final SessionRegistry registry;
    private final CompanyAdministration companies;
    private volatile SessionKeeper keeper;
    private volatile AuthenticatedUser admitted;
    private Display display;

    /** Optional: the window title follows a switch of company while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private final Listener activity = event -> {
        SessionKeeper current = keeper;
        if (current != null) {
            current.userActive();
        }
    };

    @Activate
    public WorkbenchSessionGate(@Reference SessionRegistry registry, @Reference CompanyAdministration companies) {
        this.registry = Objects.requireNonNull(registry);
        this.companies = Objects.requireNonNull(companies);
    }

    /** The session this workbench keeps open, if someone is logged in. */
    public synchronized Optional<SessionInfo> session() {
        return Optional.ofNullable(keeper).map(SessionKeeper::session);
    }

    /** The name of the company the session works in, for the window title. */
    @Override
    public Optional<String> company() {
        Optional<String> code = session().flatMap(SessionInfo::company);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return companies.companies().stream().filter(c -> c.code().equals(code.get())).map(CompanyView::name).findFirst().or(() -> code);
        } catch (AccountException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return code;
        }
    }

    @Override
    public void admit(Shell shell, AuthenticatedUser user) throws AccountException {
        String company = chooseCompany(shell, user);
        try {
            keep(user, registry.open(user, company, workstation(), false), shell.getDisplay());
        } catch (LoginRefusedException refused) {
            if (!refused.mayOverride()) {
                throw new AccountException(refused.getMessage());
            }
            overrideOrRefuse(shell, user, company, refused);
        } catch (SessionException e) {
            throw new AccountException(NLS.bind(Messages.sessionFailed, e.getMessage()), e);
        }
    }

    /**
     * Switch Company…: the user chooses another of his companies, where a session opens (a ban
     * there refuses it, and his session stays where it was) before the current one closes.
     *
     * @return whether the session moved
     * @throws AccountException why it cannot move: nobody logged in, one company only, a ban
     */
    public boolean switchCompany(Shell shell) throws AccountException {
        AuthenticatedUser user = admitted;
        Optional<SessionInfo> current = session();
        if (user == null || current.isEmpty()) {
            throw new AccountException(Messages.switchNoSession);
        }
        List<CompanyView> his = companies.companiesFor(user);
        String now = current.get().company().orElse(null);
        if (his.size() < 2) {
            throw new AccountException(NLS.bind(Messages.switchOneCompany, company().orElse(Messages.switchNoCompanyName)));
        }
        ChooseCompanyDialog dialog = new ChooseCompanyDialog(shell, his, now, Messages.chooseCompanySwitch, Messages.chooseCompanySwitchButton);
        if (dialog.open() != Window.OK || dialog.chosen().code().equals(now)) {
            return false;
        }
        try {
            keep(user, registry.open(user, dialog.chosen().code(), workstation(), false), Display.getCurrent());
        } catch (SessionException e) { // a ban there included: no security administrator's override for a switch
            throw new AccountException(e.getMessage(), e);
        }
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(LoginGate.TOPIC_COMPANY_CHANGED, Map.of("company", dialog.chosen().code()))); //$NON-NLS-1$
        }
        return true;
    }

    /** A security administrator at a ban: open his session through it, lift it, or give up. */
    private void overrideOrRefuse(Shell shell, AuthenticatedUser user, String company, LoginRefusedException refused)
            throws AccountException {
        MessageDialog question = new MessageDialog(shell, Messages.banTitle, null, NLS.bind(Messages.banQuestion, refused.getMessage()),
                MessageDialog.WARNING, 2, Messages.banForce, Messages.banLift, Messages.banCancel);
        int choice = question.open();
        try {
            if (choice == FORCE) {
                keep(user, registry.open(user, company, workstation(), true), shell.getDisplay());
            } else if (choice == LIFT) {
                registry.lift(user, refused.ban().id());
                keep(user, registry.open(user, company, workstation(), false), shell.getDisplay());
            } else {
                throw new AccountException(refused.getMessage());
            }
        } catch (SessionException e) {
            throw new AccountException(e.getMessage());
        }
    }

    @Override
    public void loggedOut(AuthenticatedUser user) {
        release();
    }

    /** A user logged in without the Login dialog (the first start's administrator): his session opens here. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindSession(WorkbenchSession published) {
        Optional<SessionInfo> open = session();
        if (open.isPresent() && open.get().userId().equals(published.user().id())) {
            return;
        }
        AuthenticatedUser user = published.user();
        try {
            String company = chooseCompany(null, user);
            SessionInfo session;
            try {
                session = registry.open(user, company, workstation(), false);
            } catch (LoginRefusedException e) {
                session = registry.open(user, company, workstation(), e.mayOverride());
            }
            keep(user, session, Display.getCurrent());
        } catch (SessionException | AccountException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
    }

    void unbindSession(WorkbenchSession published) {
        // the log-out or the exit closes the session (loggedOut, deactivate)
    }

    @Deactivate
    void deactivate() {
        release();
    }

    /**
     * The company the user works in: his only one, or the one he chooses when he may work in several
     * (the last of this workstation proposed; without a shell, that one or the first); none when the
     * installation has no company.
     *
     * @param shell where to ask; null not to ask
     */
    private String chooseCompany(Shell shell, AuthenticatedUser user) throws AccountException {
        List<CompanyView> his = companies.companiesFor(user);
        if (his.isEmpty()) {
            if (!activeCompanies().isEmpty()) {
                throw new AccountException(NLS.bind(Messages.noCompanyForUser, user.login()));
            }
            return null;
        }
        String last = LastCompany.read().filter(code -> his.stream().anyMatch(c -> c.code().equals(code))).orElse(his.get(0).code());
        if (his.size() == 1 || shell == null) {
            return last;
        }
        ChooseCompanyDialog dialog = new ChooseCompanyDialog(shell, his, last, Messages.chooseCompanyAtLogin, Messages.chooseCompanyOpen);
        if (dialog.open() != Window.OK) {
            throw new AccountException(Messages.companyNotChosen);
        }
        return dialog.chosen().code();
    }

    private List<String> activeCompanies() throws AccountException {
        try {
            return registry.companies();
        } catch (SessionException e) {
            throw new AccountException(NLS.bind(Messages.sessionFailed, e.getMessage()), e);
        }
    }

    private static Workstation workstation() {
        return Workstation.local(PROGRAM, FrameworkUtil.getBundle(WorkbenchSessionGate.class).getVersion().toString());
    }

    private void keep(AuthenticatedUser user, SessionInfo session, Display on) throws SessionException {
        release();
        session.company().ifPresent(LastCompany::remember);
        SessionKeeper started = SessionKeeper.start(registry, session, this::heartbeat);
        synchronized (this) {
            keeper = started;
            admitted = user;
            display = on;
        }
        if (on != null && !on.isDisposed()) {
            on.asyncExec(() -> {
                on.addFilter(SWT.KeyDown, activity);
                on.addFilter(SWT.MouseDown, activity);
            });
        }
    }

    private void release() {
        SessionKeeper old;
        Display on;
        synchronized (this) {
            old = keeper;
            on = display;
            keeper = null;
            admitted = null;
            display = null;
        }
        if (old != null) {
            old.close();
        }
        if (on != null && !on.isDisposed()) {
            on.asyncExec(() -> {
                on.removeFilter(SWT.KeyDown, activity);
                on.removeFilter(SWT.MouseDown, activity);
            });
        }
    }

    /** On the keeper's thread: a log-out request is shown; an ended session is logged out by the workbench (END_REQUESTED). */
    private void heartbeat(Heartbeat heartbeat) {
        Display on;
        synchronized (this) {
            on = display;
        }
        if (on == null || on.isDisposed()) {
            return;
        }
        heartbeat.logoutRequest().ifPresent(request -> on.asyncExec(() -> showLogoutRequest(on, request)));
    }

    /** Shows an administrator's "please log out"; the user closes his work and logs out himself. */
    public static void showLogoutRequest(Display on, LogoutRequest request) {
        Shell parent = on.getActiveShell();
        MessageDialog dialog = new MessageDialog(parent, Messages.logoutRequestedTitle, null,
                NLS.bind(Messages.logoutRequested, request.requestedBy(), request.message()), MessageDialog.INFORMATION, 0,
                org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
