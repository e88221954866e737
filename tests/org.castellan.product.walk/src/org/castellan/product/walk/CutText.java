package org.castellan.product.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What a window shows cut: a label, button or tab title whose text is wider than the widget that
 * shows it, a label or read-only text whose lines (wrapped at its width) are taller than it, a
 * column title or a table cell wider than its column, and a control pushed past the right edge of
 * a container that cannot scroll sideways. Measured with each widget's own font,
 * as the user's screen draws it (column titles in bold, as GTK draws them). A table cell narrower
 * than its text is not counted when its whole text is reachable: a resizable column and the text in
 * the tooltip of the cell (see {@link #reachable}). Runs on the UI thread.
 */
final class CutText {

    /** Pixels around a tab's text and image that the tab folder draws (margins of its renderer). */
    private static final int TAB_PADDING = 8;
    /**
     * Pixels a cell's bounds need beyond its text for GTK to draw the text whole: measured on screen
     * (Xvfb, GTK 3, Sans 10) by narrowing a column one pixel at a time until the drawn text changed:
     * 3 to 4 px for ten texts; the larger is taken.
     */
    private static final int CELL_PADDING = 4;
    /**
     * Pixels a column needs beyond its title drawn in bold (GTK's theme draws titles bold, wider than
     * the table's font): measured as for cells, 6 to 7 px over ten titles ("Čas" needs a column of 34).
     */
    private static final int HEADER_PADDING = 7;
    /** Cells checked of each table: the rows a user sees without scrolling. */
    private static final int ROWS_CHECKED = 40;

    private static final String BOLD_FONT = "castellan.walk.boldFont"; //$NON-NLS-1$

    private final List<String> cuts = new ArrayList<>();

    private CutText() {
    }

    /** Each cut found in the visible controls of the shell, one line each: what, its text, the widths. */
    static List<String> in(Shell shell) {
        CutText check = new CutText();
        check.visit(shell);
        return check.cuts;
    }

    private void visit(Control control) {
        if (!control.isVisible()) {
            return;
        }
        Rectangle bounds = control.getBounds();
        if (bounds.width <= 0 || bounds.height <= 0) {
            return;
        }
        switch (control) {
            case Label label when (label.getStyle() & SWT.SEPARATOR) != 0 -> {
                // a line: no text
            }
            case Label label when (label.getStyle() & SWT.WRAP) == 0 -> {
                fits(label, label.getText(), label.getImage(), bounds.width);
                tallEnough(label, label.getText(), bounds);
            }
            case Label label -> fitsWrapped(label, bounds);
            // a read-only text that wraps and cannot scroll shows only the lines its height holds
            case org.eclipse.swt.widgets.Text text when (text.getStyle() & (SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL)) == (SWT.WRAP | SWT.READ_ONLY) -> fitsWrapped(text,
                    bounds);
            case CLabel label -> fits(label, label.getText(), label.getImage(), bounds.width);
            case Button button when (button.getStyle() & SWT.WRAP) != 0 -> fitsWrapped(button, bounds);
            case Button button -> fits(button, button.getText(), button.getImage(), bounds.width);
            case Table table -> table(table);
            case Tree tree -> tree(tree);
            case CTabFolder folder -> tabs(folder);
            default -> {
                // containers and fields: only their place in the window is checked
            }
        }
        pushedOut(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                visit(child);
            }
        }
    }

    /** A label or button whose preferred width, with its text, exceeds what it was given. */
    private void fits(Control control, String text, Image image, int width) {
        if (text == null || text.isBlank()) {
            return;
        }
        int needed = control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
        if (needed > width) {
            add(control, text, needed, width);
        }
    }

    /** A label whose lines (a text with line breaks) need more height than it was given. */
    private void tallEnough(Control control, String text, Rectangle bounds) {
        if (text == null || text.isBlank()) {
            return;
        }
        int needed = control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).y;
        if (needed > bounds.height) {
            cuts.add(describe(control.getClass().getSimpleName() + " (height)", text, needed, bounds.height)); //$NON-NLS-1$
        }
    }

    /**
     * A label, read-only text, check box or button whose text wraps: cut when its lines at its width
     * need more height than it has (a text's width hint is its client area's: its trim is taken off).
     */
    private void fitsWrapped(Control control, Rectangle bounds) {
        String text = textOf(control);
        if (text.isBlank()) {
            return;
        }
        int width = bounds.width;
        if (control instanceof org.eclipse.swt.widgets.Text field) {
            width -= field.computeTrim(0, 0, 0, 0).width;
        }
        int needed = control.computeSize(Math.max(1, width), SWT.DEFAULT, true).y;
        if (needed > bounds.height) {
            cuts.add(describe(control.getClass().getSimpleName() + " (wrapped, height)", text, needed, bounds.height)); //$NON-NLS-1$
        }
    }

    private void table(Table table) {
        TableColumn[] columns = table.getColumns();
        GC gc = new GC(table);
        try {
            for (int c = 0; c < columns.length; c++) {
                header(table, columns[c].getText(), columns[c].getImage(), columns[c].getWidth(), gc);
            }
            int rows = Math.min(table.getItemCount(), ROWS_CHECKED);
            for (int r = table.getTopIndex(); r < table.getTopIndex() + rows && r < table.getItemCount(); r++) {
                TableItem item = table.getItem(r);
                for (int c = 0; c < Math.max(1, columns.length); c++) {
                    Rectangle cell = item.getBounds(c);
                    if (cut(table, item.getText(c), item.getImage(c), cell.width, gc) && !reachable(table, columns, c, cell, item.getText(c))) {
                        cuts.add(describe("cell of Table", item.getText(c), needed(table, item.getText(c), item.getImage(c), gc), cell.width)); //$NON-NLS-1$
                    }
                }
            }
        } finally {
            gc.dispose();
        }
    }

    private void tree(Tree tree) {
        TreeColumn[] columns = tree.getColumns();
        GC gc = new GC(tree);
        try {
            for (TreeColumn column : columns) {
                header(tree, column.getText(), column.getImage(), column.getWidth(), gc);
            }
            // Only with columns: a tree without them scrolls sideways and cuts nothing.
            if (columns.length > 0) {
                int seen = 0;
                for (TreeItem item : tree.getItems()) {
                    if (seen++ == ROWS_CHECKED) {
                        break;
                    }
                    for (int c = 0; c < columns.length; c++) {
                        Rectangle cell = item.getBounds(c);
                        // The first column's cell starts after the expander: its text has what is left.
                        if (cut(tree, item.getText(c), item.getImage(c), cell.width, gc)) {
                            cuts.add(describe("cell of Tree", item.getText(c), needed(tree, item.getText(c), item.getImage(c), gc), cell.width)); //$NON-NLS-1$
                        }
                    }
                }
            }
        } finally {
            gc.dispose();
        }
    }

    private void header(Control owner, String text, Image image, int width, GC gc) {
        if (text == null || text.isBlank() || width == 0) {
            return; // a column hidden on purpose has no width
        }
        gc.setFont(bold(owner));
        int needed = gc.textExtent(text).x + imageWidth(image) + HEADER_PADDING;
        if (needed > width) {
            cuts.add(describe("column of " + owner.getClass().getSimpleName(), text, needed, width)); //$NON-NLS-1$
        }
    }

    private static boolean cut(Control owner, String text, Image image, int width, GC gc) {
        return text != null && !text.isBlank() && width > 0 && needed(owner, text, image, gc) > width;
    }

    private static int needed(Control owner, String text, Image image, GC gc) {
        gc.setFont(owner.getFont());
        return gc.textExtent(text).x + imageWidth(image) + CELL_PADDING;
    }

    /**
     * Whether a cut cell's whole text is one gesture away, as in mature tables: its column can be widened
     * by dragging, and hovering the cell (the event the pointer sends, at the cell's middle) gives the
     * table the cell's whole text as its tooltip. Anything else (no tooltip, another text, a fixed
     * column) is a cut.
     */
    private static boolean reachable(Table table, TableColumn[] columns, int column, Rectangle cell, String text) {
        if (columns.length > 0 && !columns[column].getResizable()) {
            return false;
        }
        String before = table.getToolTipText();
        Event hover = new Event();
        hover.x = cell.x + cell.width / 2;
        hover.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseHover, hover);
        String shown = table.getToolTipText();
        table.setToolTipText(before);
        return text.equals(shown);
    }

    /** A view's or editor's tab whose title the folder had to shorten. */
    private void tabs(CTabFolder folder) {
        GC gc = new GC(folder);
        try {
            gc.setFont(folder.getFont());
            for (CTabItem item : folder.getItems()) {
                if (!item.isShowing()) {
                    continue; // in the chevron's list, where its whole title is shown
                }
                int needed = gc.textExtent(item.getText()).x + imageWidth(item.getImage()) + TAB_PADDING;
                int width = item.getBounds().width;
                if (needed > width) {
                    cuts.add(describe("tab", item.getText(), needed, width)); //$NON-NLS-1$
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /**
     * A control whose right part lies beyond the visible width of a container above it that cannot
     * scroll sideways: the user never sees that part.
     */
    private void pushedOut(Control control) {
        if (control instanceof Shell || !hasText(control)) {
            return;
        }
        Rectangle onDisplay = control.getDisplay().map(control.getParent(), null, drawn(control));
        for (Composite above = control.getParent(); above != null && !(above instanceof Shell); above = above.getParent()) {
            if (scrollsSideways(above)) {
                return;
            }
            Rectangle area = above.getClientArea();
            Rectangle visible = control.getDisplay().map(above, null, area);
            int beyond = onDisplay.x + onDisplay.width - (visible.x + visible.width);
            if (beyond > 1 && onDisplay.x < visible.x + visible.width) {
                add(control, textOf(control), onDisplay.width, onDisplay.width - beyond);
                return;
            }
        }
    }

    /**
     * The part of a control that shows something: a left-aligned label's or button's text and box
     * (a layout may stretch it wider than that: the empty rest cut off hides nothing), else the whole control.
     */
    private static Rectangle drawn(Control control) {
        Rectangle bounds = control.getBounds();
        boolean leftAligned = (control.getStyle() & (SWT.CENTER | SWT.RIGHT | SWT.WRAP)) == 0;
        if (leftAligned && (control instanceof Label || control instanceof CLabel || control instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0)) {
            bounds.width = Math.min(bounds.width, control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
        }
        return bounds;
    }

    private static boolean scrollsSideways(Composite composite) {
        if (composite instanceof ScrolledComposite scrolled) {
            return scrolled.getHorizontalBar() != null && scrolled.getHorizontalBar().isVisible();
        }
        return composite instanceof Scrollable scrollable && (scrollable.getStyle() & SWT.H_SCROLL) != 0
                && scrollable.getHorizontalBar() != null && scrollable.getHorizontalBar().isVisible();
    }

    private static boolean hasText(Control control) {
        return !textOf(control).isBlank();
    }

    private static String textOf(Control control) {
        return switch (control) {
            case Label label -> label.getText();
            case CLabel label -> label.getText() == null ? "" : label.getText(); //$NON-NLS-1$
            case Button button -> button.getText();
            case org.eclipse.swt.widgets.Text text -> text.getText().isEmpty() ? text.getMessage() : text.getText();
            case org.eclipse.swt.widgets.Combo combo -> combo.getText();
            default -> ""; //$NON-NLS-1$
        };
    }

    /** The control's font in bold, as GTK draws column titles; disposed with the control. */
    private static Font bold(Control owner) {
        Object kept = owner.getData(BOLD_FONT);
        if (kept instanceof Font font && !font.isDisposed()) {
            return font;
        }
        FontData[] data = owner.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(each.getStyle() | SWT.BOLD);
        }
        Font font = new Font(owner.getDisplay(), data);
        owner.setData(BOLD_FONT, font);
        owner.addListener(SWT.Dispose, e -> font.dispose());
        return font;
    }

    private static int imageWidth(Image image) {
        return image == null || image.isDisposed() ? 0 : image.getBounds().width + 4;
    }

    private void add(Control control, String text, int needed, int width) {
        cuts.add(describe(control.getClass().getSimpleName(), text, needed, width));
    }

    private static String describe(String what, String text, int needed, int width) {
        String shown = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return String.format(Locale.ROOT, "%s \"%s\" needs %d px, has %d", what, shown, needed, width); //$NON-NLS-1$
    }
}
