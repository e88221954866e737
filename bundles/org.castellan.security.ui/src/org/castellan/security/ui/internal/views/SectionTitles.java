package org.castellan.security.ui.internal.views;

import java.text.NumberFormat;
import java.util.Locale;

import org.castellan.security.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** A section heading with the number of objects under it, grouped as the user's language writes numbers (98,002). */
final class SectionTitles {

    private SectionTitles() {
    }

    static String of(String title, int count) {
        return NLS.bind(Messages.sectionTitle, title, number(count));
    }

    private static String number(int count) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(count);
    }

    /** A heading over the first {@code shown} of {@code matching} objects (a page of a long list). */
    static String of(String title, int shown, int matching) {
        return shown == matching ? of(title, matching) : NLS.bind(Messages.sectionTitlePage, new Object[] { title, number(shown), number(matching) });
    }
}
