package org.castellan.directory;

import java.util.Objects;

/**
 * One line of the directory's group mapping: the members of the directory group {@code
 * directoryGroup} (its DN) are members of the Castellan group {@code castellanGroup}. Several
 * directory groups may name the same Castellan group: a user in any of them is in it.
 *
 * @since 0.1
 */
public record GroupMapping(String directoryGroup, String castellanGroup) {

    public GroupMapping {
        Objects.requireNonNull(directoryGroup);
        Objects.requireNonNull(castellanGroup);
    }

    /** How the mapping is written: {@code DN -> group} (castellan directory mappings, the journal). */
    @Override
    public String toString() {
        return directoryGroup + " -> " + castellanGroup; //$NON-NLS-1$
    }
}
