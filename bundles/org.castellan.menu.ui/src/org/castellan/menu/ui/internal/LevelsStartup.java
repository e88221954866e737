package org.castellan.menu.ui.internal;

import org.eclipse.ui.IStartup;

/** Applies the logged-in user's levels as soon as the workbench is up (the session came before it). */
public final class LevelsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        LevelState.get().ifPresent(LevelState::requestRefresh);
    }
}
