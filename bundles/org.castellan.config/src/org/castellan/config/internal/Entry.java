package org.castellan.config.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a section: a company, user, group, role, menu option or setting, by its key, with
 * the values of its fields, normalized so that two entries that mean the same are equal: a flag at
 * its default is left out, a number always present once it has a default, lists sorted, each item
 * once. A field left out holds nothing (or its default).
 */
final class Entry {

    private final Section section;
    private final String key;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Lines lines;

    Entry(Section section, String key, Lines lines) {
        this.section = Objects.requireNonNull(section);
        this.key = Objects.requireNonNull(key);
        this.lines = Objects.requireNonNull(lines);
    }

    Section section() {
        return section;
    }

    String key() {
        return key;
    }

    Lines lines() {
        return lines;
    }

    /** Sets a field, normalized; null (or an empty text, or an empty list not kept) removes it. */
    Entry put(String name, Object value) {
        Field field = section.field(name).orElseThrow(() -> new IllegalArgumentException(name));
        Object normal = normalize(field, value);
        if (normal == null) {
            values.remove(name);
        } else {
            values.put(name, normal);
        }
        return this;
    }

    Entry put(String name, boolean value) {
        return put(name, Boolean.toString(value));
    }

    Entry put(String name, int value) {
        return put(name, Integer.toString(value));
    }

    private static Object normalize(Field field, Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() && !field.keepEmpty() ? null : list.stream().map(String::valueOf).map(String::strip).distinct().sorted().toList();
        }
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty()) {
            return field.defaultValue() == null || field.omitDefault() ? null : field.defaultValue();
        }
        return field.omitDefault() && text.equals(field.defaultValue()) ? null : text;
    }

    /** Fills the fields that are always written with their defaults when missing (after reading). */
    Entry withDefaults() {
        for (Field field : section.fields()) {
            if (field.defaultValue() != null && !field.omitDefault() && !values.containsKey(field.name())) {
                values.put(field.name(), field.defaultValue());
            }
        }
        return this;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The fields set, in the order of the section's fields. */
    Map<String, Object> values() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Field field : section.fields()) {
            if (values.containsKey(field.name())) {
                ordered.put(field.name(), values.get(field.name()));
            }
        }
        return ordered;
    }

    /** A field's value (a text or a list), or null. */
    Object value(String name) {
        return values.get(name);
    }

    /** A text field, or null. */
    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    /** A flag, its default when missing. */
    boolean flag(String name) {
        String value = text(name);
        return Boolean.parseBoolean(value == null ? section.field(name).orElseThrow().defaultValue() : value);
    }

    /** A number, or null when missing and without default. */
    Integer number(String name) {
        String value = text(name);
        return value == null ? null : Integer.valueOf(value);
    }

    /** A list, empty when missing. */
    @SuppressWarnings("unchecked")
    List<String> list(String name) {
        Object value = values.get(name);
        return value instanceof List<?> ? (List<String>) value : List.of();
    }

    /** The same entry, where the text has it, with these values. */
    Entry copy() {
        Entry copy = new Entry(section, key, lines);
        copy.values.putAll(values);
        return copy;
    }

    /** A field's value as changes show it: its items, its one value, or its default when it has none. */
    List<String> shown(String name) {
        Object value = values.get(name);
        if (value instanceof List<?>) {
            return list(name);
        }
        String text = value != null ? value.toString() : section.field(name).orElseThrow().defaultValue();
        return text == null ? List.of() : List.of(text);
    }

    /** Whether the two say the same, wherever they were read from. */
    boolean sameAs(Entry other) {
        return section == other.section && key.equals(other.key) && values.equals(other.values);
    }
}
