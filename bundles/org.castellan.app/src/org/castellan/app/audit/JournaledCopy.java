package org.castellan.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.ui.Services;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Copies table rows to the clipboard the way the audit journal wants it: the copy is journaled
 * first (which view, how many rows, the right the user worked under) and the clipboard is filled
 * only once that row is written; when the journal refuses, nothing is copied and the caller is told
 * why. Castellan's views use it, and so may a partner's: {@link #install} gives a view's table
 * viewer Edit › Copy (Ctrl+C) in one call.
 *
 * @since 0.1
 */
public final class JournaledCopy {

    private JournaledCopy() {
    }

    /**
     * Makes Edit › Copy (Ctrl+C) of the view copy the selected rows of its table, with the column
     * titles, as tab-separated text, journaled.
     *
     * @param right     the right the user works under in that view (journaled with the copy)
     * @param onRefused told, on the UI thread, the message when the journal could not be written
     */
    public static void install(IViewSite site, TableViewer viewer, String right, Consumer<String> onRefused) {
        site.getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new Action() {
            @Override
            public void run() {
                copySelection(site.getId(), viewer, right).ifPresent(onRefused);
            }
        });
        site.getActionBars().updateActionBars();
    }

    /** Copies the viewer's selected rows; the message when the journal refused (nothing copied then). */
    public static Optional<String> copySelection(String source, TableViewer viewer, String right) {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        TableColumn[] columns = viewer.getTable().getColumns();
        List<String> titles = new ArrayList<>();
        for (TableColumn column : columns) {
            titles.add(column.getText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object element : selected) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                cells.add(cellText(viewer, element, i));
            }
            rows.add(cells);
        }
        return copy(viewer.getControl().getDisplay(), source, right, titles, rows);
    }

    private static String cellText(TableViewer viewer, Object element, int column) {
        CellLabelProvider provider = viewer.getLabelProvider(column);
        if (provider instanceof ColumnLabelProvider labels) {
            return labels.getText(element);
        }
        if (viewer.getLabelProvider() instanceof ITableLabelProvider labels) {
            return labels.getColumnText(element, column);
        }
        return String.valueOf(element);
    }

    /**
     * Journals, then copies, rows given as text.
     *
     * @param source the view or editor id the rows come from
     * @return the message when the journal refused the row (nothing was copied), else empty
     */
    public static Optional<String> copy(Display display, String source, String right, List<String> titles, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        text.append(line(titles));
        rows.forEach(row -> text.append(line(row)));
        try {
            Optional<AuditJournal> journal = Services.find(AuditJournal.class);
            Optional<WorkbenchSession> session = Services.find(WorkbenchSession.class);
            if (journal.isPresent() && session.isPresent()) {
                journal.get().dataLeft(session.get().user(), AuditJournal.TOPIC_COPIED, source, rows.size(), right, null);
            }
        } catch (AuditException e) {
            return Optional.of(NLS.bind(Messages.copyNotJournaled, e.getMessage()));
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        return Optional.empty();
    }

    private static String line(List<String> cells) {
        List<String> clean = cells.stream().map(c -> c == null ? "" : c.replace('\t', ' ').replace('\n', ' ')).toList(); //$NON-NLS-1$
        return String.join("\t", clean) + '\n'; //$NON-NLS-1$
    }
}
