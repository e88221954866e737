package org.castellan.home.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants as the user's language writes a date and time. */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private Dates() {
    }

    static String of(Instant instant) {
        return FORMAT.format(instant.atZone(ZoneId.systemDefault()));
    }
}
