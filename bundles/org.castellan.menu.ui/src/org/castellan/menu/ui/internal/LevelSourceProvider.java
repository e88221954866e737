package org.castellan.menu.ui.internal;

import java.util.Map;

import org.castellan.menu.VisibleSet;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;

/**
 * Publishes what the logged-in user may see as the variable {@value #VARIABLE} (a {@link VisibleSet},
 * or {@link #EVERYTHING} when nobody is logged in), so menu and toolbar items hide with
 * {@code <visibleWhen><with variable="org.castellan.menu.visibleSet"><test property="org.castellan.menu.visible" args="ID"/></with></visibleWhen>}
 * and change at once when the level does.
 */
public final class LevelSourceProvider extends AbstractSourceProvider {

    public static final String VARIABLE = "org.castellan.menu.visibleSet"; //$NON-NLS-1$

    /** The value while nobody is logged in: nothing is hidden. */
    public static final String EVERYTHING = "everything"; //$NON-NLS-1$

    private final Runnable listener = () -> fireSourceChanged(ISources.WORKBENCH, VARIABLE, current());

    public LevelSourceProvider() {
        LevelState.get().ifPresent(state -> state.addListener(listener));
    }

    private static Object current() {
        return LevelState.get().flatMap(LevelState::visible).<Object>map(set -> set).orElse(EVERYTHING);
    }

    @Override
    public Map<String, Object> getCurrentState() {
        return Map.of(VARIABLE, current());
    }

    @Override
    public String[] getProvidedSourceNames() {
        return new String[] { VARIABLE };
    }

    @Override
    public void dispose() {
        LevelState.get().ifPresent(state -> state.removeListener(listener));
    }
}
