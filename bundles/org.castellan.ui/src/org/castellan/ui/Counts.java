package org.castellan.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts as the user's language writes them (98,002 in English, 98 002 in French): a long number
 * bound into a message with {@code NLS.bind} comes out ungrouped and hard to read.
 *
 * @since 0.1
 */
public final class Counts {

    private Counts() {
    }

    public static String of(long count) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(count);
    }
}
