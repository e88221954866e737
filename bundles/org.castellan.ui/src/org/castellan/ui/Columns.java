package org.castellan.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Column titles and widths for Castellan's tables: a column is never narrower than its title,
 * since a width chosen for the English title cuts the French or Polish one ("Niveau", "Ordre").
 *
 * @since 0.1
 */
public final class Columns {

    /**
     * Room a header needs beyond its text: GTK draws a title whole in a column 7 px wider than the
     * title in bold (measured on screen), and a sorted column's arrow takes about 17 more.
     */
    private static final int HEADER_PADDING = 24;
    /** Room a cell needs beyond its text within the cell's bounds (measured on screen: 3 to 4 px). */
    private static final int CELL_PADDING = 4;

    private Columns() {
    }

    /** Gives the column its title and the wider of {@code width} and the title's own width (pixels). */
    public static void title(TableColumn column, String title, int width) {
        column.setText(title);
        column.setWidth(atLeastTitle(column.getParent(), title, width));
    }

    /** Gives the column its title and the wider of {@code width} and the title's own width (pixels). */
    public static void title(TreeColumn column, String title, int width) {
        column.setText(title);
        column.setWidth(atLeastTitle(column.getParent(), title, width));
    }

    /**
     * Widens each column whose cells are wider than it to their width (never narrows one): a value
     * is read whole, and a table wider than its view scrolls sideways. Call it after the rows change.
     */
    public static void widenToContent(Table table) {
        for (TableColumn column : table.getColumns()) {
            int chosen = column.getWidth();
            column.pack();
            column.setWidth(Math.max(chosen, column.getWidth()));
        }
    }

    /** As {@link #widenToContent(Table)}, for the rows a tree shows expanded. */
    public static void widenToContent(Tree tree) {
        for (TreeColumn column : tree.getColumns()) {
            int chosen = column.getWidth();
            column.pack();
            column.setWidth(Math.max(chosen, column.getWidth()));
        }
    }

    /**
     * Makes every cell's whole text reachable: hovering a cell its column shows cut gives the cell's
     * text as the table's tooltip (no tooltip over a cell shown whole). For columns kept narrower than
     * their longest value on purpose (a path, a description), the user reads it there or widens the
     * column by dragging its title's edge.
     */
    public static void fullTextOnHover(Table table) {
        table.addListener(SWT.MouseHover, event -> table.setToolTipText(cutTextAt(table, new Point(event.x, event.y))));
        table.addListener(SWT.MouseExit, event -> table.setToolTipText(null));
    }

    /** The text of the cell at {@code point} when its column cuts it, else {@code null}. */
    private static String cutTextAt(Table table, Point point) {
        TableItem item = table.getItem(point);
        if (item == null) {
            return null;
        }
        for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
            Rectangle cell = item.getBounds(c);
            if (cell.contains(point)) {
                String text = item.getText(c);
                GC gc = new GC(table);
                try {
                    gc.setFont(table.getFont());
                    int image = item.getImage(c) == null ? 0 : item.getImage(c).getBounds().width + 4;
                    return gc.textExtent(text).x + image + CELL_PADDING > cell.width ? text : null;
                } finally {
                    gc.dispose();
                }
            }
        }
        return null;
    }

    /**
     * Widths for a table's columns from its values, not only the rows it has filled (a virtual table
     * fills rows as they scroll in): each column as wide as its title and the widest of the
     * {@code texts} given for it, within {@code min} and {@code max} pixels.
     */
    public static void fit(Table table, List<List<String>> texts, int min, int max) {
        TableColumn[] columns = table.getColumns();
        GC gc = new GC(table);
        Font bold = boldOf(table);
        try {
            for (int c = 0; c < columns.length; c++) {
                gc.setFont(bold);
                int width = gc.textExtent(columns[c].getText()).x + HEADER_PADDING;
                gc.setFont(table.getFont());
                for (List<String> row : texts) {
                    if (c < row.size() && row.get(c) != null) {
                        // a cell's bounds are 3 px narrower than its column (measured)
                        width = Math.max(width, gc.textExtent(row.get(c)).x + CELL_PADDING + 3);
                    }
                }
                columns[c].setWidth(Math.min(Math.max(width, min), max));
            }
        } finally {
            gc.dispose();
            bold.dispose();
        }
    }

    /** The table's font in bold: GTK draws column titles so. The caller disposes it. */
    private static Font boldOf(Control control) {
        FontData[] data = control.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(each.getStyle() | SWT.BOLD);
        }
        return new Font(control.getDisplay(), data);
    }

    /** The average character width of a control's font, to size columns in characters. */
    public static int charWidth(Control control) {
        GC gc = new GC(control);
        try {
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }

    private static int atLeastTitle(Control parent, String title, int width) {
        GC gc = new GC(parent);
        Font bold = boldOf(parent);
        try {
            gc.setFont(bold);
            return Math.max(width, gc.textExtent(title).x + HEADER_PADDING);
        } finally {
            gc.dispose();
            bold.dispose();
        }
    }
}
