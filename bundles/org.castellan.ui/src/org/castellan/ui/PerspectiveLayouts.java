package org.castellan.ui;

/**
 * How Castellan's perspectives share the window between their views and the editor area. The
 * editor area shows only while an editor is open, so a perspective's views take the whole window
 * until then; the ratio decides what each side gets once an editor opens beside them.
 *
 * @since 0.1
 */
public final class PerspectiveLayouts {

    /**
     * The views' share of the width beside an open editor: half, so that neither side is squeezed
     * (a ratio near 1 left an editor opened from the Home some 50 pixels wide).
     */
    public static final float VIEWS_BESIDE_EDITORS = 0.5f;

    private PerspectiveLayouts() {
    }
}
