package org.castellan.config.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A whole configuration: the entries of each section by key, sorted, as read from a text or from
 * the installation.
 */
final class Configuration {

    /** The version of the format this bundle reads and writes: the text's first key says it. */
    static final int FORMAT = 1;

    private final Map<Section, SortedMap<String, Entry>> sections = new EnumMap<>(Section.class);

    Configuration() {
        for (Section section : Section.values()) {
            sections.put(section, new TreeMap<>());
        }
    }

    /** The entries of a section by key. */
    SortedMap<String, Entry> entries(Section section) {
        return Collections.unmodifiableSortedMap(sections.get(section));
    }

    Entry entry(Section section, String key) {
        return sections.get(section).get(key);
    }

    /** Removes an entry, when there is one. */
    void remove(Section section, String key) {
        sections.get(section).remove(key);
    }

    /** Adds an entry; false when one with its key is there already (and is kept). */
    boolean add(Entry entry) {
        return sections.get(entry.section()).putIfAbsent(entry.key(), entry) == null;
    }
}
