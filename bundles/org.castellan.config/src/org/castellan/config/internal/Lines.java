package org.castellan.config.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where an entry of the text is: its own line, its fields' and their list items', for problems to
 * name the line to correct. Line numbers count from 1; an entry read from the installation has none (0).
 */
final class Lines {

    static final Lines NONE = new Lines(0);

    private final int entry;
    private final Map<String, Integer> fields = new HashMap<>();

    Lines(int entry) {
        this.entry = entry;
    }

    int entry() {
        return entry;
    }

    void field(String field, int line) {
        fields.put(field, line);
    }

    void item(String field, String item, int line) {
        fields.putIfAbsent(field + '\n' + item, line);
    }

    /** The field's line, or the entry's when the field is missing. */
    int of(String field) {
        return fields.getOrDefault(field, entry);
    }

    /** An item's line, or its field's. */
    int of(String field, String item) {
        Integer line = fields.get(field + '\n' + item);
        return line == null ? of(field) : line;
    }
}
