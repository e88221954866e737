package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** How listings print: padded columns for people, tab-separated fields for scripts. */
final class TextTable {

    private static final String COLUMN_GAP = "  "; //$NON-NLS-1$

    private TextTable() {
    }

    /** Prints rows (the first one the header) with each column as wide as its widest cell. */
    static void print(PrintStream out, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length())).append(COLUMN_GAP); //$NON-NLS-1$
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Prints one tab-separated line of fields. */
    static void printTsv(PrintStream out, List<String> fields) {
        out.println(String.join("\t", fields.stream().map(TextTable::tsvField).toList())); //$NON-NLS-1$
    }

    /** A dash for an empty cell, so that columns stay readable. */
    static String orNone(String value) {
        return value.isEmpty() ? Messages.listEmpty : value;
    }

    /** Tabs and line ends inside a value would break the line into other fields or lines. */
    private static String tsvField(String value) {
        return value.replaceAll("[\\t\\r\\n]", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
