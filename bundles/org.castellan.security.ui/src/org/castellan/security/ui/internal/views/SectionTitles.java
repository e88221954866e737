package org.castellan.security.ui.internal.views;

import org.castellan.security.ui.internal.Messages;
import org.castellan.ui.Counts;
import org.eclipse.osgi.util.NLS;

/** A section heading with the number of objects under it, grouped as the user's language writes numbers (98,002). */
final class SectionTitles {

    private SectionTitles() {
    }

    static String of(String title, int count) {
        return NLS.bind(Messages.sectionTitle, title, Counts.of(count));
    }

    /** A heading over the first {@code shown} of {@code matching} objects (a page of a long list). */
    static String of(String title, int shown, int matching) {
        return shown == matching ? of(title, matching)
                : NLS.bind(Messages.sectionTitlePage, new Object[] { title, Counts.of(shown), Counts.of(matching) });
    }
}
