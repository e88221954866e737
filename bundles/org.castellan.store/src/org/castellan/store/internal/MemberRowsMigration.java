package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The step of schema 16 that SQL alone cannot take: copies the members of the former table
 * {@code dimension_members}, where a nested member's owner is its parent member, into
 * {@code members}, keyed by dimension and unique name with their parent's name and depth. One
 * statement per level of the deepest hierarchy, nothing held in memory. A unique name that
 * occurred twice in one dimension keeps its first place (the one the evaluators kept).
 */
final class MemberRowsMigration {

    static final int VERSION = 16;

    private MemberRowsMigration() {
    }

    static void run(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE member_migration (id VARCHAR(36) NOT NULL PRIMARY KEY, dimension_id VARCHAR(36) NOT NULL, " //$NON-NLS-1$
                    + "unique_name VARCHAR(400) NOT NULL, parent_name VARCHAR(400), depth INTEGER NOT NULL, rank_key VARCHAR(1000) NOT NULL)"); //$NON-NLS-1$
            st.executeUpdate("INSERT INTO member_migration SELECT m.id, d.id, m.unique_name, CAST(NULL AS VARCHAR(400)), 0, " //$NON-NLS-1$
                    + PADDED + " FROM dimension_members m JOIN dimensions d ON m.owner_id = d.id"); //$NON-NLS-1$
            for (int depth = 0;; depth++) {
                int copied = st.executeUpdate("INSERT INTO member_migration SELECT m.id, p.dimension_id, m.unique_name, p.unique_name, p.depth + 1, " //$NON-NLS-1$
                        + "p.rank_key || " + PADDED + " FROM dimension_members m JOIN member_migration p ON m.owner_id = p.id WHERE p.depth = " + depth); //$NON-NLS-1$ //$NON-NLS-2$
                if (copied == 0) {
                    break;
                }
            }
            st.execute("CREATE INDEX member_migration_name ON member_migration (dimension_id, unique_name, rank_key)"); //$NON-NLS-1$
            // A name's first place: the smallest depth-first key among its rows in the dimension.
            st.executeUpdate("INSERT INTO members (dimension_id, unique_name, parent_name, caption, depth, position, missing) " //$NON-NLS-1$
                    + "SELECT mm.dimension_id, mm.unique_name, mm.parent_name, m.caption, mm.depth, m.position, FALSE " //$NON-NLS-1$
                    + "FROM member_migration mm JOIN dimension_members m ON m.id = mm.id WHERE mm.rank_key = (SELECT MIN(x.rank_key) " //$NON-NLS-1$
                    + "FROM member_migration x WHERE x.dimension_id = mm.dimension_id AND x.unique_name = mm.unique_name)"); //$NON-NLS-1$
            st.execute("DROP TABLE member_migration"); //$NON-NLS-1$
            st.execute("DROP TABLE dimension_members"); //$NON-NLS-1$
        }
    }

    /** A member's position among its siblings as ten digits, so that keys compare in depth-first order. */
    private static final String PADDED = "SUBSTR('0000000000' || TRIM(CHAR(m.position)), LENGTH(TRIM(CHAR(m.position))) + 1)"; //$NON-NLS-1$
}
