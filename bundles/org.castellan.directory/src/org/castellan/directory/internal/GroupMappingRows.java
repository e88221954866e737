package org.castellan.directory.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import org.castellan.directory.DirectorySettings;
import org.castellan.directory.GroupMapping;
import org.castellan.store.SealedRows;
import org.castellan.store.SettingsTable;
import org.castellan.store.Transaction;

/**
 * The group mapping's rows ({@code directory_group_mappings}, schema 18), in the order they were
 * added. An installation whose mapping is still the old {@code directory.groups.mapping} setting
 * has it moved into rows (and the setting removed) the first time they are read, in the reader's
 * transaction: nothing is read from a half-moved mapping. The rows are sealed (schema 19): a line
 * added or changed outside Castellan is left out.
 */
final class GroupMappingRows {

    private static final String TABLE = "directory_group_mappings"; //$NON-NLS-1$

    private GroupMappingRows() {
    }

    static List<GroupMapping> read(Transaction tx) throws SQLException {
        adoptTheOldSetting(tx);
        Set<String> intact = SealedRows.intactKeys(tx, TABLE);
        List<GroupMapping> mappings = new ArrayList<>();
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("SELECT line_no, directory_group, castellan_group FROM directory_group_mappings ORDER BY line_no"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                // a line written outside Castellan puts no one in a group; audit verify names it
                if (intact.contains(rs.getString(1))) {
                    mappings.add(new GroupMapping(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return mappings;
    }

    /** The line of {@code mappings} that is {@code line}: the same group, the same DN however its case and spaces are written. */
    static Optional<GroupMapping> find(List<GroupMapping> mappings, GroupMapping line) {
        return mappings.stream().filter(m -> sameLine(m, line)).findFirst();
    }

    static void add(Transaction tx, GroupMapping line) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO directory_group_mappings (directory_group, castellan_group) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) { //$NON-NLS-1$
            ps.setString(1, line.directoryGroup());
            ps.setString(2, line.castellanGroup());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                SealedRows.written(tx, TABLE, keys.getString(1));
            }
        }
    }

    /** Removes the rows that are {@code stored} (as read: the DN as it was written). */
    static void remove(Transaction tx, GroupMapping stored) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("SELECT line_no FROM directory_group_mappings WHERE directory_group = ? AND castellan_group = ?")) { //$NON-NLS-1$
            ps.setString(1, stored.directoryGroup());
            ps.setString(2, stored.castellanGroup());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM directory_group_mappings WHERE line_no = ?")) { //$NON-NLS-1$
            for (String lineNo : lines) {
                ps.setLong(1, Long.parseLong(lineNo));
                ps.executeUpdate();
                SealedRows.written(tx, TABLE, lineNo);
            }
        }
    }

    /** Schema 17 and earlier kept the mapping in one setting: its lines become rows, the setting goes. */
    private static void adoptTheOldSetting(Transaction tx) throws SQLException {
        Optional<String> old = SettingsTable.read(tx, DirectorySettings.GROUP_MAPPING);
        if (old.isEmpty()) {
            return;
        }
        List<GroupMapping> kept = new ArrayList<>();
        for (GroupMapping line : GroupMappings.parse(old.get())) {
            if (find(kept, line).isEmpty()) {
                kept.add(line);
                add(tx, line);
            }
        }
        SettingsTable.write(tx, DirectorySettings.GROUP_MAPPING, null);
    }

    private static boolean sameLine(GroupMapping a, GroupMapping b) {
        if (!a.castellanGroup().equals(b.castellanGroup())) {
            return false;
        }
        try {
            return new LdapName(a.directoryGroup()).equals(new LdapName(b.directoryGroup()));
        } catch (InvalidNameException e) {
            return a.directoryGroup().equalsIgnoreCase(b.directoryGroup());
        }
    }
}
