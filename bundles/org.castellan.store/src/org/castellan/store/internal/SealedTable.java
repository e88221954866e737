package org.castellan.store.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One table whose rows are sealed, and how its rows are told apart: by a key column (a row is one
 * sealed unit), or, for a list table ({@code owner_id, position, target_id}), by its owner (the
 * owner's whole list is one unit, so a row added to or taken from it changes that unit).
 */
record SealedTable(String name, String keyColumn, boolean list, String filter, Predicate<String> keyFilter, List<String> labelColumns) {

    private static final String ID = "id"; //$NON-NLS-1$
    private static final String OWNER = "owner_id"; //$NON-NLS-1$
    /** The list tables' value column. */
    static final String TARGET = "target_id"; //$NON-NLS-1$

    /** Sealed since schema {@link Migrator#MAPPINGS_SEALED}. */
    static final String DIRECTORY_GROUP_MAPPINGS = "directory_group_mappings"; //$NON-NLS-1$
    /** Settings rows sealed: the menu's option levels and the rights options require. */
    private static final String MENU_OPTION = "menu.option."; //$NON-NLS-1$
    private static final String MENU_RIGHTS = "menu.rights."; //$NON-NLS-1$

    static final List<SealedTable> ALL = List.of(
            row("users", "login"), //$NON-NLS-1$ //$NON-NLS-2$
            row("user_groups", "name"), //$NON-NLS-1$ //$NON-NLS-2$
            row("roles", "name"), //$NON-NLS-1$ //$NON-NLS-2$
            row("rights", "right_id"), //$NON-NLS-1$ //$NON-NLS-2$
            row("right_grants", OWNER, "right_id"), //$NON-NLS-1$ //$NON-NLS-2$
            row("memberships", OWNER, "group_id"), //$NON-NLS-1$ //$NON-NLS-2$
            row("role_assignments", OWNER, "role_id"), //$NON-NLS-1$ //$NON-NLS-2$
            list("user_companies"), //$NON-NLS-1$
            list("user_administered_companies"), //$NON-NLS-1$
            new SealedTable("settings", "name", false, //$NON-NLS-1$ //$NON-NLS-2$
                    "(name LIKE '" + MENU_OPTION + "%' OR name LIKE '" + MENU_RIGHTS + "%')", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    key -> key.startsWith(MENU_OPTION) || key.startsWith(MENU_RIGHTS), List.of("name")), //$NON-NLS-1$
            row("bans", "company_code", "author_login"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // a line of the directory's group mapping decides who joins a group at his next login
            new SealedTable(DIRECTORY_GROUP_MAPPINGS, "line_no", false, null, key -> true, //$NON-NLS-1$
                    List.of("directory_group", "castellan_group"))); //$NON-NLS-1$ //$NON-NLS-2$

    static final Map<String, SealedTable> BY_NAME = ALL.stream().collect(Collectors.toUnmodifiableMap(SealedTable::name, Function.identity()));

    private static SealedTable row(String name, String... labelColumns) {
        return new SealedTable(name, ID, false, null, key -> true, List.of(labelColumns));
    }

    private static SealedTable list(String name) {
        return new SealedTable(name, OWNER, true, null, key -> true, List.of(OWNER));
    }

    /** The sealed table of that name whose rows include that key, or null. */
    static SealedTable of(String table, String key) {
        SealedTable t = BY_NAME.get(table);
        return t != null && t.keyFilter.test(key) ? t : null;
    }

    /** Every row (or owner's list) of the table, keys first: what a whole check reads. */
    String selectAll() {
        if (list) {
            return "SELECT " + OWNER + ", " + TARGET + " FROM " + name + " ORDER BY " + OWNER + ", position"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        return "SELECT * FROM " + name + (filter == null ? "" : " WHERE " + filter); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** One row (or one owner's list), by key. */
    String selectOne() {
        if (list) {
            return "SELECT " + OWNER + ", " + TARGET + " FROM " + name + " WHERE " + OWNER + " = ? ORDER BY position"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        return "SELECT * FROM " + name + " WHERE " + keyColumn + " = ?" + (filter == null ? "" : " AND " + filter); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
