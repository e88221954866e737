package org.castellan.menu;

/**
 * Where a menu option exists: on the central installation only, on its centres only, or on both.
 *
 * @since 0.1
 */
public enum Scope {
    CENTRAL, CENTRES, BOTH;

    /** Whether an option of this scope exists on an installation of that kind. */
    public boolean includes(Site site) {
        return this == BOTH || (this == CENTRAL) == (site == Site.CENTRAL);
    }
}
