package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.store.SealFinding;
import org.castellan.store.SealFinding.Kind;
import org.castellan.store.internal.RowCanon.Unit;

/**
 * Compares sealed units as they are now with their seals, and says what differs in words a reader
 * understands ("role 'clerk'", the columns changed). The key has been found right before.
 */
final class SealCheck {

    private final Connection c;
    private final SealMac mac;
    private final SealLabels labels;

    SealCheck(Connection c, SealMac mac) throws SQLException {
        this.c = c;
        this.mac = mac;
        this.labels = SealLabels.read(c);
    }

    /** Every unit of every sealed table, and each table's totals. */
    List<SealFinding> everything() throws SQLException {
        List<SealFinding> findings = new ArrayList<>();
        for (SealedTable table : SealedTable.ALL) {
            Map<String, Unit> now = SealRows.units(c, table, null);
            Map<String, SealRows.Stored> seals = SealRows.stored(c, table.name(), null);
            Set<String> keys = new TreeSet<>(now.keySet());
            keys.addAll(seals.keySet());
            for (String k : keys) {
                SealFinding f = compare(table, now.get(k), seals.get(k));
                if (f != null) {
                    findings.add(f);
                }
            }
            if (!SealTotals.match(c, mac, table.name(), seals.values())) {
                findings.add(new SealFinding(Kind.TOTALS, table.name(), "", List.of())); //$NON-NLS-1$
            }
        }
        return findings;
    }

    /**
     * The units that make a user what he is (his row, groups, roles, companies), but those the
     * transaction itself wrote; what was taken from him is not reported: it grants him nothing.
     */
    List<SealFinding> user(TransactionContext tx, String userId) throws SQLException {
        Map<String, Collection<String>> own = new LinkedHashMap<>();
        own.put("users", List.of(userId)); //$NON-NLS-1$
        own.put("memberships", SealRows.idsOwnedBy(c, "memberships", userId)); //$NON-NLS-1$ //$NON-NLS-2$
        own.put("role_assignments", SealRows.idsOwnedBy(c, "role_assignments", userId)); //$NON-NLS-1$ //$NON-NLS-2$
        own.put("user_companies", List.of(userId)); //$NON-NLS-1$
        own.put("user_administered_companies", List.of(userId)); //$NON-NLS-1$
        List<SealFinding> findings = new ArrayList<>();
        for (var entry : own.entrySet()) {
            SealedTable table = SealedTable.BY_NAME.get(entry.getKey());
            List<String> keys = entry.getValue().stream().filter(k -> !tx.isTouched(table.name(), k)).toList();
            Map<String, Unit> now = SealRows.units(c, table, keys);
            Map<String, SealRows.Stored> seals = SealRows.stored(c, table.name(), keys);
            for (String k : keys) {
                SealFinding f = compare(table, now.get(k), seals.get(k));
                if (f != null && f.kind() != Kind.REMOVED) {
                    findings.add(f);
                }
            }
        }
        return findings;
    }

    private SealFinding compare(SealedTable table, Unit now, SealRows.Stored sealed) {
        if (now == null && sealed == null) {
            return null;
        }
        if (sealed == null) {
            return new SealFinding(Kind.ADDED, table.name(), labels.label(now.label()), List.of());
        }
        if (now == null) {
            return new SealFinding(Kind.REMOVED, table.name(), labels.label(sealed.label()), List.of());
        }
        if (mac.of(now).equals(sealed.seal())) {
            return null;
        }
        return new SealFinding(Kind.CHANGED, table.name(), labels.label(now.label()), changedColumns(sealed.fingerprints(), now.fingerprints()));
    }

    /** The columns whose fingerprints differ: a hint for the reader, the seal itself decides. */
    private static List<String> changedColumns(String before, String after) {
        Map<String, String> old = fingerprints(before);
        Map<String, String> now = fingerprints(after);
        List<String> changed = new ArrayList<>();
        now.forEach((column, print) -> {
            if (!print.equals(old.get(column))) {
                changed.add(column);
            }
        });
        return changed;
    }

    private static Map<String, String> fingerprints(String text) {
        Map<String, String> prints = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(";")) { //$NON-NLS-1$
                int colon = part.indexOf(':');
                if (colon > 0) {
                    prints.put(part.substring(0, colon), part.substring(colon + 1));
                }
            }
        }
        return prints;
    }
}
