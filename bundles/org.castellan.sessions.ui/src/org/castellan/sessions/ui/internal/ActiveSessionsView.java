package org.castellan.sessions.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.castellan.app.audit.JournaledCopy;
import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.ExclusiveProcessingRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.ui.Columns;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * "Active Sessions": the sessions of the installation (stale ones marked) and the bans on new
 * logins on a red background with their start and end, filtered by company; as the registry shows
 * them to the logged-in user (security administrators; those limited to some companies see theirs). Ended bans are purged
 * each time the view opens. A security administrator gets "Block Openings..." and, on a selected
 * ban, "Lift Ban"; "Sessions on This Company" checks whether exclusive processing may start, and
 * "Request Log-Out..." asks the others to leave. It follows the registry's events.
 */
public final class ActiveSessionsView extends ViewPart {

    public static final String ID = "org.castellan.sessions.ui.views.active"; //$NON-NLS-1$

    /** Widget names (see {@link Fields#NAME}). */
    public static final String COMPANY = "company"; //$NON-NLS-1$
    public static final String TABLE = "table"; //$NON-NLS-1$
    public static final String SUMMARY = "summary"; //$NON-NLS-1$
    public static final String BLOCK = "block"; //$NON-NLS-1$
    public static final String LIFT = "lift"; //$NON-NLS-1$
    public static final String EXCLUSIVE = "exclusive"; //$NON-NLS-1$
    public static final String LOGOUT = "logout"; //$NON-NLS-1$
    public static final String REFRESH = "refresh"; //$NON-NLS-1$

    private final ZoneId zone = ZoneId.systemDefault();
    private final Clock clock = Clock.systemDefaultZone();
    private final DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(zone);
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(zone);
    private Combo company;
    private Label summary;
    private TableViewer viewer;
    private Button block;
    private Button lift;
    private Color banBackground;

    private record Column(String title, int width, Function<Object, String> text) {
    }

    @Override
    public void createPartControl(Composite parent) {
        banBackground = new Color(parent.getDisplay(), 255, 150, 150);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = Fields.flow(parent);
        Composite filter = new Composite(bar, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filter);
        company = Fields.choice(filter, Messages.companyFilter, COMPANY);
        company.addListener(SWT.Selection, e -> refresh());
        button(bar, Messages.refresh, REFRESH, this::refresh);
        button(bar, Messages.sessionsOnCompany, EXCLUSIVE, this::sessionsOnCompany);
        button(bar, Messages.requestLogout, LOGOUT, this::requestLogout);
        lift = button(bar, Messages.liftBan, LIFT, this::liftSelected);
        block = button(bar, Messages.blockOpenings, BLOCK, this::blockOpenings);
        summary = new Label(parent, SWT.WRAP);
        summary.setData(Fields.NAME, SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(Fields.NAME, TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        for (Column column : columns()) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            Columns.title(c.getColumn(), column.title(), column.width());
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply(element);
                }

                @Override
                public Color getBackground(Object element) {
                    return element instanceof Ban ? banBackground : null;
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        // Edit > Copy (Ctrl+C): journaled first, as every table Castellan shows
        JournaledCopy.install(getViewSite(), viewer, SessionRegistry.BLOCK_RIGHT, summary::setText);
        viewer.addSelectionChangedListener(e -> updateButtons());
        getSite().setSelectionProvider(viewer);
        purgeExpired();
        fillCompanies();
        refresh();
        Events.refreshOn(viewer.getControl(), this::refresh, "org/castellan/sessions/*"); //$NON-NLS-1$
    }

    private static Button button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(Fields.NAME, name);
        button.addListener(SWT.Selection, e -> action.run());
        button.setLayoutData(new RowData()); // in the wrapping row of Fields.flow; a hidden one takes no room
        return button;
    }

    private List<Column> columns() {
        return List.of(
                new Column(Messages.columnStart, 130, e -> e instanceof Ban b ? when(b.startsAt()) : when(((SessionInfo) e).startedAt())),
                new Column(Messages.columnUser, 150, e -> e instanceof Ban b ? b.authorName() : ((SessionInfo) e).userName()),
                new Column(Messages.columnCompany, 90, e -> e instanceof Ban b ? b.company() : ((SessionInfo) e).company().orElse("")), //$NON-NLS-1$
                new Column(Messages.columnWorkstation, 160, e -> e instanceof SessionInfo s ? s.workstation().name()
                        + (s.workstation().ipAddress() == null ? "" : " (" + s.workstation().ipAddress() + ")") : ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new Column(Messages.columnProgram, 130, e -> e instanceof SessionInfo s ? s.workstation().program()
                        + (s.workstation().programVersion() == null ? "" : " " + s.workstation().programVersion()) : ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new Column(Messages.columnLastSign, 150, e -> e instanceof Ban b ? dateTime.format(b.endsAt())
                        : dateTime.format(((SessionInfo) e).lastHeartbeat())),
                new Column(Messages.columnState, 320, this::state));
    }

    /**
     * The time alone for today, with its date otherwise: a ban planned for tomorrow or a session
     * open since yesterday must not read as today's.
     */
    private String when(Instant instant) {
        return LocalDate.ofInstant(instant, zone).equals(LocalDate.now(clock.withZone(zone))) ? time.format(instant) : dateTime.format(instant);
    }

    private String state(Object element) {
        if (element instanceof Ban ban) {
            return NLS.bind(Messages.stateBan, ban.authorLogin(), ban.message().isEmpty() ? "" : ": " + ban.message()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SessionInfo session = (SessionInfo) element;
        if (session.stale()) {
            return NLS.bind(Messages.stateStale, dateTime.format(session.lastHeartbeat()));
        }
        return session.forcedBan() ? Messages.stateForced : Messages.stateActive;
    }

    /** The company chosen in the filter; empty for all. */
    private Optional<String> chosenCompany() {
        int index = company.getSelectionIndex();
        return index <= 0 ? Optional.empty() : Optional.of(company.getItem(index));
    }

    private void fillCompanies() {
        List<String> items = new ArrayList<>();
        items.add(Messages.allCompanies);
        try {
            items.addAll(SessionsServices.registry().companies());
        } catch (SessionException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
        company.setItems(items.toArray(String[]::new));
        company.select(0);
    }

    private void purgeExpired() {
        try {
            SessionsServices.registry().purgeExpired();
        } catch (SessionException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
    }

    /** Reloads sessions and bans from the registry. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        try {
            SessionRegistry registry = SessionsServices.registry();
            AuthenticatedUser reader = SessionsServices.currentUser();
            Optional<String> filter = chosenCompany();
            List<Object> rows = new ArrayList<>();
            // the registry shows a company-limited administrator only his companies, and refuses the others
            List<Ban> bans = registry.bans(reader).stream()
                    .filter(b -> filter.isEmpty() || b.allCompanies() || b.company().equals(filter.get())).toList();
            List<SessionInfo> sessions = registry.sessions(reader, filter);
            rows.addAll(bans);
            rows.addAll(sessions);
            viewer.setInput(rows);
            Columns.widenToContent(viewer.getTable());
            summary.setText(NLS.bind(Messages.summary, new Object[] { sessions.size(), sessions.stream().filter(SessionInfo::stale).count(),
                    bans.size() }));
        } catch (SessionException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            viewer.setInput(List.of());
            summary.setText(e.getMessage());
        }
        updateButtons();
        summary.getParent().layout(true, true);
    }

    private boolean administrator() {
        try {
            return SessionsServices.registry().maySetBans(SessionsServices.currentUser());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Hiding is a convenience: the registry refuses everyone else anyway. */
    private void updateButtons() {
        boolean administrator = administrator();
        boolean banSelected = viewer.getStructuredSelection().getFirstElement() instanceof Ban;
        show(block, administrator);
        show(lift, administrator && banSelected);
        block.getParent().layout(true);
    }

    private static void show(Button button, boolean visible) {
        button.setVisible(visible);
        ((RowData) button.getLayoutData()).exclude = !visible;
    }

    /** The company the actions apply to: the filter's, else this workbench's session's. */
    private Optional<String> actionCompany() {
        return chosenCompany().or(() -> SessionsServices.ownSession().flatMap(SessionInfo::company));
    }

    void blockOpenings() {
        try {
            BlockOpeningsDialog dialog = new BlockOpeningsDialog(getSite().getShell(), SessionsServices.registry(),
                    SessionsServices.currentUser(), actionCompany().orElse(null), zone);
            if (dialog.open() == Window.OK) {
                refresh();
            }
        } catch (SessionException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), Messages.blockTitle, NLS.bind(Messages.blockFailed, e.getMessage()));
        }
    }

    void liftSelected() {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof Ban ban)) {
            return;
        }
        String start = dateTime.format(ban.startsAt());
        String end = dateTime.format(ban.endsAt());
        // a ban on every company is named in words, not by the code the registry stores for it
        String question = ban.allCompanies() ? NLS.bind(Messages.liftQuestionAll, start, end)
                : NLS.bind(Messages.liftQuestion, new Object[] { ban.company(), start, end });
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.liftTitle, question)) {
            return;
        }
        try {
            SessionsServices.registry().lift(SessionsServices.currentUser(), ban.id());
        } catch (SessionException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), Messages.liftFailed, e.getMessage());
        }
        refresh();
    }

    void sessionsOnCompany() {
        Optional<String> code = actionCompany();
        if (code.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.exclusiveTitle, Messages.noCompany);
            return;
        }
        company.select(Math.max(0, company.indexOf(code.get())));
        refresh();
        try {
            SessionsServices.registry().checkExclusive(SessionsServices.ownSession().map(SessionInfo::id).orElse(null), code.get());
            MessageDialog.openInformation(getSite().getShell(), Messages.exclusiveTitle, NLS.bind(Messages.exclusiveFree, code.get()));
        } catch (ExclusiveProcessingRefusedException e) {
            MessageDialog.openWarning(getSite().getShell(), Messages.exclusiveTitle, e.getMessage());
        } catch (SessionException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), Messages.exclusiveTitle, e.getMessage());
        }
    }

    void requestLogout() {
        String code = actionCompany().orElse(Ban.ALL_COMPANIES);
        String prompt = Ban.ALL_COMPANIES.equals(code) ? Messages.logoutPromptAll : NLS.bind(Messages.logoutPrompt, code);
        InputDialog ask = new InputDialog(getSite().getShell(), Messages.logoutTitle, prompt,
                Messages.logoutDefault, text -> text.isBlank() ? Messages.logoutTitle : null);
        if (ask.open() != Window.OK) {
            return;
        }
        try {
            AuthenticatedUser actor = SessionsServices.currentUser();
            int asked = SessionsServices.registry().requestLogout(actor, SessionsServices.ownSession().map(SessionInfo::id).orElse(null), code,
                    ask.getValue());
            MessageDialog.openInformation(getSite().getShell(), Messages.logoutTitle, NLS.bind(Messages.logoutSent, asked));
        } catch (SessionException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), Messages.logoutTitle, e.getMessage());
        }
    }

    /** The rows shown now (bans first), for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (banBackground != null) {
            banBackground.dispose();
        }
        super.dispose();
    }
}
