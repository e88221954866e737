package org.castellan.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A report as a table: its column titles and rows. Cells are {@link String}s, {@link Instant}s
 * or {@link Integer}s (never null: an absent value is an empty string), so that a table can sort
 * them by their natural order and an export can write them as {@link #text}.
 *
 * @param title the report's title with its filter, as a person reads it
 * @param zone  the installation's time zone, in which times are shown
 *
 * @since 0.1
 */
public record Report(ReportKind kind, ReportFilter filter, String title, ZoneId zone, List<String> columns, List<Row> rows) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

    public Report {
        Objects.requireNonNull(kind);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param flagged whether the row is one to notice (a failed login, a revoke)
     */
    public record Row(List<Object> cells, boolean flagged) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell as text: times in the installation's zone to the second. */
    public String text(Object cell) {
        return cell instanceof Instant instant ? TIME.format(instant.atZone(zone)) : String.valueOf(cell);
    }
}
