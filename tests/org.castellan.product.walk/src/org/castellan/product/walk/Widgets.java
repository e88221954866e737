package org.castellan.product.walk;

import java.util.function.Predicate;

import org.castellan.ui.Fields;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finding a control in a window, as the walk's steps need it. UI thread. */
final class Widgets {

    /** The key under which Castellan's views name their widgets, for tests and scripts. */
    static final String NAME = Fields.NAME;

    private Widgets() {
    }

    /** The control a view named so. */
    static Control named(Composite root, String name) {
        return named(root, NAME, name);
    }

    /** The control named so under {@code key} (a bundle of its own may name its widgets under another key). */
    static Control named(Composite root, String key, String name) {
        return first(root, control -> name.equals(control.getData(key)));
    }

    /** The first control below {@code root}, depth first, that {@code wanted} accepts; null when none. */
    static Control first(Composite root, Predicate<Control> wanted) {
        for (Control child : root.getChildren()) {
            if (wanted.test(child)) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = first(composite, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
