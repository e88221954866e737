package org.castellan.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Column titles and widths for Castellan's tables: a column is never narrower than its title,
 * since a width chosen for the English title cuts the French or Polish one ("Niveau", "Ordre").
 *
 * @since 0.1
 */
public final class Columns {

    /** Room a header needs beyond its text: the cell's margins and a sort arrow. */
    private static final int HEADER_PADDING = 24;

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
        try {
            return Math.max(width, gc.textExtent(title).x + HEADER_PADDING);
        } finally {
            gc.dispose();
        }
    }
}
