package org.castellan.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** How listings print: padded columns for people, tab-separated fields for scripts. */
final class TextTable {

    private static final String COLUMN_GAP = "  "; //$NON-NLS-1$
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    /**
     * One line of a record shown field by field ({@code user show}, {@code role show}).
     *
     * @param key   its name for scripts
     * @param label its name for people
     * @param shown what people read, one line each; none shows a dash
     * @param tsv   what scripts read in tsv
     * @param json  what scripts read in JSON (see {@link JsonOutput}): a string, number, boolean,
     *              time, list or null
     */
    record Field(String key, String label, List<String> shown, String tsv, Object json) {

        /** A text: an empty one is absent (null in JSON). */
        static Field of(String key, String label, String value) {
            return new Field(key, label, value.isEmpty() ? List.of() : List.of(value), value, value.isEmpty() ? null : value);
        }

        /** A list: one value a line for people, comma-separated for scripts. */
        static Field list(String key, String label, List<String> values) {
            return new Field(key, label, values, String.join(",", values), values); //$NON-NLS-1$
        }

        /** Yes or no for people, true or false for scripts. */
        static Field flag(String key, String label, boolean value) {
            return new Field(key, label, List.of(value ? Messages.listYes : Messages.listNo), Boolean.toString(value), value);
        }

        /** A time: on this computer's clock for people ({@link TextTable#localTime}), ISO-8601 UTC for scripts. */
        static Field time(String key, String label, Optional<Instant> value) {
            return new Field(key, label, value.map(TextTable::localTime).stream().toList(), TextTable.time(value), value);
        }

        /** A number, a number in JSON too. */
        static Field number(String key, String label, int value) {
            return new Field(key, label, List.of(Integer.toString(value)), Integer.toString(value), value);
        }
    }

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

    /**
     * Prints items: for scripts a header of keys then each item's values, tab-separated (tsv), or
     * an array of objects (JSON); for people a header of labels, then each item as shown in padded
     * columns, or "(none)".
     *
     * @param values each item's values in the order of the keys, typed as {@link Field#json()} is
     */
    static <T> void printRows(PrintStream out, OutputFormat format, List<T> items, List<String> keys, Function<T, List<Object>> values,
            List<String> labels, Function<T, List<String>> shown) {
        switch (format) {
            case JSON -> JsonOutput.printArray(out, keys, items.stream().map(values).toList());
            case TSV -> {
                printTsv(out, keys);
                items.forEach(item -> printTsv(out, values.apply(item).stream().map(TextTable::tsvValue).toList()));
            }
            case TEXT -> {
                if (items.isEmpty()) {
                    out.println(Messages.listNone);
                    return;
                }
                List<List<String>> rows = new ArrayList<>();
                rows.add(labels);
                items.forEach(item -> rows.add(shown.apply(item)));
                print(out, rows);
            }
        }
    }

    /**
     * Prints a record: for people "Label:" then the value, a list one value a line under each
     * other; for scripts one line a field, its key, a tab and its value (tsv), or an object (JSON).
     */
    static void printFields(PrintStream out, List<Field> fields, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            JsonOutput.printObject(out, fields.stream().map(Field::key).toList(), fields.stream().map(Field::json).toList());
            return;
        }
        if (format == OutputFormat.TSV) {
            fields.forEach(f -> printTsv(out, List.of(f.key(), f.tsv())));
            return;
        }
        int width = fields.stream().mapToInt(f -> f.label().length() + 1).max().orElse(0);
        for (Field field : fields) {
            List<String> lines = field.shown().isEmpty() ? List.of(Messages.listEmpty) : field.shown();
            String head = field.label() + ':';
            for (String line : lines) {
                out.println(head + " ".repeat(width - head.length()) + COLUMN_GAP + line); //$NON-NLS-1$
                head = ""; //$NON-NLS-1$
            }
        }
    }

    /**
     * A typed value as a tsv field: empty when absent, a list comma-separated, a time as
     * {@link #time} prints it.
     */
    static String tsvValue(Object value) {
        if (value instanceof Optional<?> optional) {
            return tsvValue(optional.orElse(null));
        }
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Instant instant) {
            return time(Optional.of(instant));
        }
        if (value instanceof Collection<?> list) {
            return String.join(",", list.stream().map(TextTable::tsvValue).toList()); //$NON-NLS-1$
        }
        return value.toString();
    }

    /** A text that may be absent: null when there is none or it is blank, else stripped. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Prints one tab-separated line of fields. */
    static void printTsv(PrintStream out, List<String> fields) {
        out.println(String.join("\t", fields.stream().map(TextTable::tsvField).toList())); //$NON-NLS-1$
    }

    /** A dash for an empty cell, so that columns stay readable. */
    static String orNone(String value) {
        return value.isEmpty() ? Messages.listEmpty : value;
    }

    /** A text field as shown: empty when there is none. */
    static String text(String value) {
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    /** A time as ISO-8601 UTC to the second, empty when there is none. */
    static String time(Optional<Instant> instant) {
        return instant.map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString()).orElse(""); //$NON-NLS-1$
    }

    /**
     * A time for people, to the minute on this computer's clock, as {@code ban set} takes its
     * times ({@code 2026-12-31 13:00}); scripts get {@link #time} in tsv and JSON.
     */
    static String localTime(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Tabs and line ends inside a value would break the line into other fields or lines. */
    private static String tsvField(String value) {
        return value.replaceAll("[\\t\\r\\n]", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
