package org.castellan.config;

import java.util.List;
import java.util.Objects;

/**
 * One change applying a configuration makes: a company, user, group, role, object's permissions,
 * data right, menu option or setting added, changed or removed, with the fields it changes as they were and as they become.
 *
 * @param kind    what happens to it
 * @param section the section of the text it is in: {@code companies}, {@code users}, ...
 * @param key     its code, login, name, object path, option id or setting key
 * @param fields  the fields that change, in the order of the format
 *
 * @since 0.1
 */
public record ConfigurationChange(Kind kind, String section, String key, List<Field> fields) {

    /** What happens to an entry. */
    public enum Kind {
        ADD, CHANGE,
        /** Deleted, or for users and companies, which are never deleted, disabled and archived. */
        REMOVE
    }

    /**
     * A field's value before and after: one value, or the items of a list; empty for none.
     *
     * @param name the field's name in the text
     * @param list whether it is a list (of rights, roles, members...), whose items are sorted
     */
    public record Field(String name, boolean list, List<String> before, List<String> after) {

        public Field {
            Objects.requireNonNull(name);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The items a list gains. */
        public List<String> added() {
            return after.stream().filter(item -> !before.contains(item)).toList();
        }

        /** The items a list loses. */
        public List<String> removed() {
            return before.stream().filter(item -> !after.contains(item)).toList();
        }
    }

    public ConfigurationChange {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(section);
        Objects.requireNonNull(key);
        fields = List.copyOf(fields);
    }
}
