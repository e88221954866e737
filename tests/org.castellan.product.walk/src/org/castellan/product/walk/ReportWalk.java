package org.castellan.product.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.audit.Report;
import org.castellan.audit.ReportKind;
import org.castellan.audit.ui.internal.AuditReportsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Runs every report of the Audit Reports view with its Run button, as the logged-in user, and
 * exports each with Export CSV and Export PDF into the walk's folder. The file dialog is the one
 * step left out (the view's chooser names the file); the files are checked by the test outside.
 * One line per report: {@code report <name> <rows> <csv file> <pdf file>}.
 */
final class ReportWalk {

    private static final long WAIT_MILLIS = 60_000;

    private final UiThread ui;
    private final ScreenWalk walk;
    private final Path exports;
    /** The file the view's chooser was last asked for: the export to wait for. */
    private final AtomicReference<Path> chosen = new AtomicReference<>();

    ReportWalk(UiThread ui, ScreenWalk walk, Path exports) {
        this.ui = ui;
        this.walk = walk;
        this.exports = exports;
    }

    void walk(IWorkbenchPage page, String login) throws IOException {
        Files.createDirectories(exports);
        AuditReportsView view = ui.call(() -> {
            try {
                return (AuditReportsView) page.showView(AuditReportsView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> view.setFileChooser((format, suggested) -> {
            Path file = exports.resolve(suggested);
            chosen.set(file);
            return Optional.of(file);
        }));
        Shell shell = ui.call(() -> page.getWorkbenchWindow().getShell());
        for (ReportKind kind : ReportKind.values()) {
            try {
                walk.write(run(view, shell, kind, login));
            } catch (RuntimeException e) {
                walk.error("report " + kind.commandName(), e); //$NON-NLS-1$
            }
        }
        ui.run(() -> page.hideView(view));
    }

    private String run(AuditReportsView view, Shell shell, ReportKind kind, String login) throws IOException {
        ui.run(() -> {
            view.choose(kind);
            // A rights card is one person's: the walk asks for the logged-in user's; the others are everyone's.
            ((Text) named(shell, AuditReportsView.USER)).setText(kind == ReportKind.RIGHTS_CARD ? login : ""); //$NON-NLS-1$
        });
        click(shell, AuditReportsView.RUN);
        Report report = awaitReport(view, kind);
        String shot = walk.screenshot(shell, "report-" + kind.commandName()); //$NON-NLS-1$
        Path csv = export(view, shell, AuditReportsView.EXPORT_CSV);
        Path pdf = export(view, shell, AuditReportsView.EXPORT_PDF);
        return String.join(" ", "report", kind.commandName(), Integer.toString(report.rows().size()), csv.toString(), pdf.toString(), shot); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Report awaitReport(AuditReportsView view, ReportKind kind) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            ui.settle(200);
            Optional<Report> shown = ui.call(() -> view.busy() ? Optional.<Report>empty() : view.report());
            if (shown.isPresent() && shown.get().kind() == kind) {
                return shown.get();
            }
        }
        throw new IllegalStateException(kind.commandName() + " showed no report: " + status(view)); //$NON-NLS-1$
    }

    /** Clicks an export button and waits for the file its chooser was asked for, the export done. */
    private Path export(AuditReportsView view, Shell shell, String button) {
        chosen.set(null);
        click(shell, button);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            ui.settle(200);
            Path file = chosen.get();
            if (file != null && !ui.call(view::busy) && Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException(button + " exported nothing (chosen: " + chosen.get() + "): " + status(view)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String status(AuditReportsView view) {
        return ui.call(() -> ((Label) named(view.getSite().getShell(), AuditReportsView.STATUS)).getText());
    }

    /** A button clicked as the pointer would: its selection listeners run. */
    private void click(Shell shell, String name) {
        ui.run(() -> named(shell, name).notifyListeners(SWT.Selection, new Event()));
    }

    private static Control named(Composite root, String name) {
        return Widgets.named(root, name);
    }
}
