package org.castellan.security.ui.internal.views;

import org.castellan.security.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** A section heading with the number of objects under it. */
final class SectionTitles {

    private SectionTitles() {
    }

    static String of(String title, int count) {
        return NLS.bind(Messages.sectionTitle, title, count);
    }
}
