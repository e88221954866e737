package org.castellan.store;

import java.util.Objects;

/**
 * One member of a dimension as the store keeps it.
 *
 * @param uniqueName       unique in its dimension
 * @param parentUniqueName the member above, null at the top
 * @param caption          shown to users, may be null
 * @param depth            0 at the top
 * @param missing          whether the last reload of the dimension no longer had it (kept, flagged)
 *
 * @since 0.1
 */
public record MemberRow(String uniqueName, String parentUniqueName, String caption, int depth, boolean missing) {

    public MemberRow {
        Objects.requireNonNull(uniqueName);
    }

    /** A member to register (not missing). */
    public static MemberRow of(String uniqueName, String parentUniqueName, String caption, int depth) {
        return new MemberRow(uniqueName, parentUniqueName, caption, depth, false);
    }
}
