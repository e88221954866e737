package org.castellan.config.internal;

import java.util.List;
import java.util.Optional;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuDefinition;
import org.castellan.store.SettingDescriptor;

/**
 * A text's values as the services store them, so that a text compares with the installation it
 * was applied to: a setting's preset name is its value ({@code bi-point}: the policy's rules), a
 * menu option set as its bundle declares it is no override, rights equal to the declared ones are
 * none of the override's, an object given no level has no permissions. Without this, such a text would be a change at every apply.
 */
final class StoredForm {

    private StoredForm() {
    }

    static void apply(Configuration text, List<SettingDescriptor> described, MenuDefinition definition) {
        for (Entry entry : List.copyOf(text.entries(Section.SETTINGS).values())) {
            String value = entry.text(Section.VALUE);
            described.stream().filter(d -> d.key().equals(entry.key())).findFirst()
                    .ifPresent(descriptor -> entry.put(Section.VALUE, descriptor.normalize(value == null ? "" : value))); //$NON-NLS-1$
        }
        for (Entry entry : List.copyOf(text.entries(Section.PERMISSIONS).values())) {
            if (entry.values().isEmpty()) {
                text.remove(Section.PERMISSIONS, entry.key()); // an object given no level is one without permissions
            }
        }
        for (Entry entry : List.copyOf(text.entries(Section.MENU).values())) {
            Optional<LevelChange> override = definition.overrideOf(
                    MenuEntries.change(entry, definition.declared(entry.key()), Optional.ofNullable(entry.text("scope")).flatMap(MenuEntries::scope))); //$NON-NLS-1$
            if (override.isEmpty()) {
                text.remove(Section.MENU, entry.key());
            } else if (override.get().rights() == null) {
                entry.put("rights", (Object) null); //$NON-NLS-1$
            }
        }
    }
}
