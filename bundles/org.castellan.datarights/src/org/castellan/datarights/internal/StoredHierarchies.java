package org.castellan.datarights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.MemberHierarchy;
import org.castellan.model.DataModel;
import org.castellan.model.Dimension;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRow;
import org.castellan.store.StoreException;

/**
 * Hierarchies read from the store's member rows: only the members data rights name and those
 * above them, found by the index on dimension and unique name (a few queries, whatever the
 * dimension's size); any other member is looked up when asked. A member flagged missing counts as
 * one the dimension does not have, as it would in a model reloaded without it.
 */
public final class StoredHierarchies implements EffectiveDataRights.Hierarchies {

    private final CastellanStore store;

    public StoredHierarchies(CastellanStore store) {
        this.store = store;
    }

    @Override
    public MemberHierarchy of(DataModel model, Dimension dimension, Set<String> named) {
        String dimensionId = dimension.getId();
        Map<String, MemberRow> rows = named.isEmpty() ? Map.of() : read(dimensionId, named);
        List<MemberRow> present = new ArrayList<>(rows.values().stream().filter(row -> !row.missing()).toList());
        present.sort(Comparator.comparingInt(MemberRow::depth));
        MemberHierarchy.Builder builder = MemberHierarchy.builder();
        Set<String> added = new HashSet<>();
        // Parents before children; a row whose parent is not present (or not yet added) waits for the next pass.
        for (boolean progress = true; progress && !present.isEmpty();) {
            progress = false;
            for (var pending = present.iterator(); pending.hasNext();) {
                MemberRow row = pending.next();
                if (row.parentUniqueName() == null || added.contains(row.parentUniqueName())) {
                    builder.member(row.uniqueName(), row.parentUniqueName());
                    added.add(row.uniqueName());
                    pending.remove();
                    progress = true;
                }
            }
        }
        return builder.othersFrom(name -> lineOf(dimensionId, name)).build();
    }

    private Map<String, MemberRow> read(String dimensionId, Set<String> names) {
        try {
            return store.inTransaction(tx -> store.members().withAncestors(tx, dimensionId, names));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The member and those above it, self first; empty when it, or one above it, is not a present member. */
    private List<String> lineOf(String dimensionId, String uniqueName) {
        Map<String, MemberRow> rows = read(dimensionId, Set.of(uniqueName));
        List<String> line = new ArrayList<>();
        for (String at = uniqueName; at != null;) {
            MemberRow row = rows.get(at);
            if (row == null || row.missing() || line.contains(at)) {
                return List.of();
            }
            line.add(at);
            at = row.parentUniqueName();
        }
        return line;
    }
}
