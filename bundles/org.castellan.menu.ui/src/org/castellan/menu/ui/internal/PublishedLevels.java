package org.castellan.menu.ui.internal;

import org.castellan.menu.VisibleSet;

/**
 * The value of the {@value LevelSourceProvider#VARIABLE} variable: a new instance at every
 * publication, never equal to the previous one, so the workbench re-evaluates every visibleWhen
 * each time, even when the visible set itself did not change (the menus must be re-evaluated once
 * the activity identifiers caught up, see {@link MenuIdentifierWatch}).
 */
final class PublishedLevels {

    private final VisibleSet set;

    PublishedLevels(VisibleSet set) {
        this.set = set;
    }

    /** Whether the contribution is visible; everything is when nobody is logged in. */
    boolean visible(String contributionId) {
        return set == null || set.visible(contributionId);
    }

    @Override
    public String toString() {
        return set == null ? LevelSourceProvider.EVERYTHING : set.toString();
    }
}
