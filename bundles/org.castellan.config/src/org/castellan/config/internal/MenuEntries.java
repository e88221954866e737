package org.castellan.config.internal;

import java.util.Locale;
import java.util.Optional;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuOption;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.Scope;

/** A menu option's entry as the change of the main menu it says. */
final class MenuEntries {

    private static final String[] DETAILS = { "order", "label", "versions", "scope" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private MenuEntries() {
    }

    /**
     * @param declared the option as its bundle declares it, whose details stand for those the entry leaves out
     * @param scope    the entry's scope, read
     */
    static LevelChange change(Entry entry, Optional<MenuOption> declared, Optional<Scope> scope) {
        Integer level = entry.number("level"); //$NON-NLS-1$
        OptionDetails details = null;
        boolean expert = false;
        for (String field : DETAILS) {
            expert |= entry.has(field);
        }
        if (expert) {
            OptionDetails base = declared.map(OptionDetails::of).orElse(new OptionDetails(0, entry.key(), null, Scope.BOTH));
            Integer order = entry.number("order"); //$NON-NLS-1$
            String label = entry.text("label"); //$NON-NLS-1$
            details = new OptionDetails(order == null ? base.order() : order, label == null ? base.label() : label,
                    entry.has("versions") ? entry.text("versions") : base.versions(), scope.orElse(base.scope())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new LevelChange(entry.key(), level == null ? 0 : level, entry.flag("ask-password"), details, //$NON-NLS-1$
                entry.has("rights") ? entry.list("rights") : null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A scope as the text writes it. */
    static Optional<Scope> scope(String typed) {
        for (Scope scope : Scope.values()) {
            if (scope.name().equalsIgnoreCase(typed)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    static String written(Scope scope) {
        return scope.name().toLowerCase(Locale.ROOT);
    }
}
