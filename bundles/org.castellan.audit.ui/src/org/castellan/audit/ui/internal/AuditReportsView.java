package org.castellan.audit.ui.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.Report;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.castellan.audit.ui.LoginsChart;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.SealFinding;
import org.castellan.ui.Columns;
import org.castellan.ui.Fields;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * "Audit Reports": one of the seven reports with its filters (period, user, bundle, failures only),
 * a table sorted by any column (click its title; again for the other direction), failed logins
 * and revokes in red, the logins and failures per day of the period as a chart, exports to CSV and
 * PDF, and the check of the journal's chain. Queries, exports and the check run in jobs; the
 * service refuses anyone but an administrator whatever this view shows.
 */
public final class AuditReportsView extends ViewPart {

    public static final String ID = "org.castellan.audit.ui.views.reports"; //$NON-NLS-1$

    /** The narrowest a text filter is, in average characters. */
    private static final int FILTER_CHARS = 16;

    /** Widget names (see {@link Fields#NAME}). */
    public static final String NAME = Fields.NAME;
    public static final String KIND = "kind"; //$NON-NLS-1$
    public static final String ALL_TIME = "allTime"; //$NON-NLS-1$
    public static final String FROM = "from"; //$NON-NLS-1$
    public static final String TO = "to"; //$NON-NLS-1$
    public static final String USER = "user"; //$NON-NLS-1$
    public static final String BUNDLE = "bundle"; //$NON-NLS-1$
    public static final String FAILURES_ONLY = "failuresOnly"; //$NON-NLS-1$
    public static final String RUN = "run"; //$NON-NLS-1$
    public static final String EXPORT_CSV = "exportCsv"; //$NON-NLS-1$
    public static final String EXPORT_PDF = "exportPdf"; //$NON-NLS-1$
    /** Rows whose values size the columns: enough to see every kind of value, few enough to stay quick on a large journal. */
    private static final int MEASURED_ROWS = 5_000;
    private static final int MIN_COLUMN = 60;
    /** No column wider than this: a longer value (a path, a description) is read in its tooltip or by widening the column. */
    private static final int MAX_COLUMN = 400;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM);
    public static final String VERIFY = "verify"; //$NON-NLS-1$
    public static final String STATUS = "status"; //$NON-NLS-1$
    public static final String TABLE = "table"; //$NON-NLS-1$

    /** Where an export goes: a file chosen by the user, or none when he cancels. */
    public interface FileChooser {
        Optional<Path> choose(AuditReports.Format format, String suggestedName);
    }

    private final Clock clock = Clock.systemDefaultZone();
    private Combo kind;
    private Button allTime;
    private DateTime from;
    private DateTime to;
    private Text user;
    private Text bundle;
    private Button failuresOnly;
    private Label status;
    private Table table;
    private LoginsChart chart;
    private Color flaggedColor;
    private Report report;
    private int sortColumn = -1;
    private boolean ascending = true;
    private FileChooser chooser = this::askForFile;
    private volatile boolean busy;

    @Override
    public void createPartControl(Composite parent) {
        flaggedColor = new Color(parent.getDisplay(), 190, 0, 0);
        parent.addDisposeListener(e -> flaggedColor.dispose());
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = Fields.flow(parent);
        kind = new Combo(Fields.captioned(filters, Messages.kindLabel), SWT.READ_ONLY);
        name(kind, KIND);
        for (ReportKind each : ReportKind.values()) {
            kind.add(title(each));
        }
        kind.select(ReportKind.LOGINS.ordinal());
        kind.addListener(SWT.Selection, e -> {
            updateEnablement();
            showColumnsBeforeRun();
        });
        from = new DateTime(Fields.captioned(filters, Messages.fromLabel), SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
        name(from, FROM);
        set(from, LocalDate.now(clock).minusDays(29));
        to = new DateTime(Fields.captioned(filters, Messages.toLabel), SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
        name(to, TO);
        set(to, LocalDate.now(clock));

        user = textFilter(Fields.captioned(filters, Messages.userLabel), USER, Messages.everyone);
        bundle = textFilter(Fields.captioned(filters, Messages.bundleLabel), BUNDLE, Messages.everyBundle);
        allTime = new Button(filters, SWT.CHECK);
        allTime.setText(Messages.allTime);
        name(allTime, ALL_TIME);
        allTime.addListener(SWT.Selection, e -> updateEnablement());
        failuresOnly = new Button(filters, SWT.CHECK);
        failuresOnly.setText(Messages.failuresOnly);
        name(failuresOnly, FAILURES_ONLY);

        Composite buttons = Fields.flow(parent);
        button(buttons, Messages.run, RUN, this::runReport);
        button(buttons, Messages.exportCsv, EXPORT_CSV, () -> export(AuditReports.Format.CSV));
        button(buttons, Messages.exportPdf, EXPORT_PDF, () -> export(AuditReports.Format.PDF));
        button(buttons, Messages.verify, VERIFY, this::verifyJournal);

        status = new Label(parent, SWT.WRAP);
        name(status, STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
        name(table, TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        Columns.fullTextOnHover(table);
        chart = new LoginsChart(sash);
        sash.setWeights(3, 1);
        updateEnablement();
        showStatus(Messages.hintBeforeRun, false);
        showColumnsBeforeRun();
    }

    /** Until a report is run, the table shows the chosen report's columns, so one sees what Run will list. */
    private void showColumnsBeforeRun() {
        if (report != null) {
            return;
        }
        try {
            columns(AuditServices.reports().columns(chosenKind()));
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } catch (IllegalStateException e) {
            showStatus(e.getMessage(), true);
        }
    }

    private void columns(List<String> titles) {
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        for (int i = 0; i < titles.size(); i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles.get(i));
            int index = i;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
    }

    private static void name(org.eclipse.swt.widgets.Control control, String name) {
        control.setData(NAME, name);
    }

    /** A text filter as wide as its hint, which shows what an empty filter means. */
    private static Text textFilter(Composite parent, String name, String hint) {
        Text text = new Text(parent, SWT.BORDER);
        name(text, name);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().hint(Math.max(Fields.widthOf(text, FILTER_CHARS), text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
                .applyTo(text);
        return text;
    }

    private static void button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        name(button, name);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private static String title(ReportKind kind) {
        return switch (kind) {
        case CURRENT_RIGHTS -> Messages.kindCurrentRights;
        case MENU_ENTRIES -> Messages.kindMenuEntries;
        case MENU_REFUSALS -> Messages.kindMenuRefusals;
        case DATA_LEFT -> Messages.kindDataLeft;
        case LOGINS -> Messages.kindLogins;
        case RIGHTS_CARD -> Messages.kindRightsCard;
        case RIGHTS_ON_DAY -> Messages.kindRightsOnDay;
        };
    }

    private static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    private ReportKind chosenKind() {
        return ReportKind.values()[kind.getSelectionIndex()];
    }

    private void updateEnablement() {
        boolean onDay = chosenKind() == ReportKind.RIGHTS_ON_DAY;
        allTime.setEnabled(!onDay);
        from.setEnabled(!onDay && !allTime.getSelection());
        failuresOnly.setEnabled(chosenKind() == ReportKind.LOGINS);
    }

    /** The filters as they stand. */
    ReportFilter filter() {
        boolean onDay = chosenKind() == ReportKind.RIGHTS_ON_DAY;
        LocalDate first = onDay || allTime.getSelection() ? null : get(from);
        return new ReportFilter(first, get(to), user.getText(), bundle.getText(), chosenKind() == ReportKind.LOGINS && failuresOnly.getSelection());
    }

    /** Selects a report, for the user's code and tests alike. */
    public void choose(ReportKind newKind) {
        kind.select(newKind.ordinal());
        updateEnablement();
    }

    /** Replaces the file dialog (tests choose the file themselves). */
    public void setFileChooser(FileChooser newChooser) {
        chooser = newChooser;
    }

    /** The report shown, if any. */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    /** The days the chart shows. */
    public List<LoginsPerDay> chartDays() {
        return chart.days();
    }

    /** Whether a query, an export or the check is running. */
    public boolean busy() {
        return busy;
    }

    private void showStatus(String text, boolean problem) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(text);
        status.setForeground(problem ? flaggedColor : null);
        status.getParent().layout(true, true);
    }

    /** Runs the report and the chart of its period in a job; the table and chart change when both are in. */
    void runReport() {
        ReportKind chosen = chosenKind();
        ReportFilter filter = filter();
        AuthenticatedUser actor;
        try {
            actor = AuditServices.currentUser();
        } catch (IllegalStateException e) {
            showStatus(e.getMessage(), true);
            return;
        }
        showStatus(NLS.bind(Messages.running, title(chosen)), false);
        background(NLS.bind(Messages.running, title(chosen)), monitor -> {
            AuditReports reports = AuditServices.reports();
            Report result = reports.run(actor, chosen, filter);
            monitor.worked(1);
            List<LoginsPerDay> days = reports.loginsPerDay(actor, filter);
            return display -> {
                report = result;
                sortColumn = -1;
                chart.show(days);
                showTable();
                showStatus(MessageFormat.format(Messages.reportShown, result.title(), result.rows().size()), false);
            };
        });
    }

    @FunctionalInterface
    private interface Work {
        /** Does the work off the UI thread; returns what to show on it. */
        java.util.function.Consumer<Display> run(IProgressMonitor monitor) throws AuditException;
    }

    private void background(String name, Work work) {
        Display display = table.getDisplay();
        busy = true;
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, 2);
            java.util.function.Consumer<Display> show;
            try {
                show = work.run(monitor);
            } catch (AuditException | IllegalStateException e) {
                String message = e.getMessage();
                show = d -> showStatus(message, true);
            }
            java.util.function.Consumer<Display> shown = show;
            if (!monitor.isCanceled()) {
                display.asyncExec(() -> {
                    if (!table.isDisposed()) {
                        shown.accept(display);
                    }
                    busy = false;
                });
            } else {
                busy = false;
            }
            monitor.done();
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void showTable() {
        table.setRedraw(false);
        try {
            columns(report.columns());
            table.clearAll();
            table.setItemCount(report.rows().size());
            // Widths from the values of the rows (not only those filled: the table is virtual), within
            // bounds: a long path or description is read whole in its cell's tooltip or by widening its column.
            Columns.fit(table, report.rows().stream().limit(MEASURED_ROWS).map(this::shownTexts).toList(), MIN_COLUMN, MAX_COLUMN);
        } finally {
            table.setRedraw(true);
        }
    }

    /** A row's cells as the table shows them: times as the person's language writes them (exports keep the report's own unambiguous form). */
    private List<String> shownTexts(Report.Row row) {
        return row.cells().stream()
                .map(cell -> cell instanceof Instant instant ? SHOWN_TIME.format(instant.atZone(report.zone())) : report.text(cell)).toList();
    }

    private void fill(TableItem item, int index) {
        if (report == null || index < 0 || index >= report.rows().size()) {
            return;
        }
        Report.Row row = report.rows().get(index);
        List<String> texts = shownTexts(row);
        for (int i = 0; i < texts.size(); i++) {
            item.setText(i, texts.get(i));
        }
        item.setForeground(row.flagged() ? flaggedColor : null);
    }

    /** Sorts the rows by a column, by its values' own order (times as times, counts as numbers). */
    public void sortBy(int column) {
        if (report == null) {
            return;
        }
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        Comparator<Report.Row> order = Comparator.comparing((Function<Report.Row, Object>) r -> r.cells().get(column), AuditReportsView::compare);
        List<Report.Row> rows = new ArrayList<>(report.rows());
        rows.sort(ascending ? order : order.reversed());
        report = new Report(report.kind(), report.filter(), report.title(), report.zone(), report.columns(), rows);
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        table.clearAll();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object a, Object b) {
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        if (a instanceof Instant != b instanceof Instant) {
            return a instanceof Instant ? 1 : -1;
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    /** Exports the report shown (as sorted) to a file the user chooses; the export is journaled by the service. */
    void export(AuditReports.Format format) {
        if (report == null) {
            showStatus(Messages.nothingToExport, true);
            return;
        }
        Report shown = report;
        Optional<Path> file = chooser.choose(format, shown.kind().commandName() + (format == AuditReports.Format.CSV ? ".csv" : ".pdf")); //$NON-NLS-1$ //$NON-NLS-2$
        if (file.isEmpty()) {
            return;
        }
        AuthenticatedUser actor = AuditServices.currentUser();
        background(NLS.bind(Messages.exporting, file.get()), monitor -> {
            AuditServices.reports().export(actor, shown, format, file.get());
            return display -> showStatus(NLS.bind(Messages.exported, shown.rows().size(), file.get()), false);
        });
    }

    private Optional<Path> askForFile(AuditReports.Format format, String suggestedName) {
        return org.castellan.ui.FileChooser.save(getSite().getShell(), suggestedName, format == AuditReports.Format.CSV ? "*.csv" : "*.pdf"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Checks the journal's chain in a job, and that it still reaches the head kept in the
     * installation folder (a cut-off or rewritten end), and names the first broken row; then the
     * seals of the security tables' rows, naming each row changed, added or removed outside Castellan.
     */
    void verifyJournal() {
        showStatus(Messages.verifying, false);
        background(Messages.verifying, monitor -> {
            AuditServices.KeptHead kept = AuditServices.keptHead();
            AuditJournal journal = AuditServices.journal();
            AuditJournal.Verification result = kept.head().isPresent() ? journal.verify(kept.head().get()) : journal.verify();
            // Journaled, so that the home shows when the journal was last checked and what was found.
            journal.recordVerification(AuditServices.currentUser(), result);
            String message;
            if (!result.intact()) {
                message = NLS.bind(Messages.chainBroken, result.firstBrokenRow().orElseThrow(), result.rowsChecked());
            } else if (kept.head().isPresent()) {
                message = NLS.bind(Messages.chainIntactToHead, result.rowsChecked(), kept.file().orElseThrow());
            } else if (kept.file().isPresent()) {
                message = NLS.bind(Messages.chainIntactNoHead, result.rowsChecked(), kept.file().get());
            } else {
                message = NLS.bind(Messages.chainIntactHeadOnServer, result.rowsChecked());
            }
            List<SealFinding> seals = journal.verifySeals();
            String shown = seals.isEmpty() ? message + ' ' + Messages.sealsIntact
                    : message + '\n' + NLS.bind(Messages.sealsBroken, seals.size()) + '\n'
                            + seals.stream().map(SealFinding::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
            return display -> showStatus(shown, !result.intact() || !seals.isEmpty());
        });
    }

    @Override
    public void setFocus() {
        kind.setFocus();
    }
}
