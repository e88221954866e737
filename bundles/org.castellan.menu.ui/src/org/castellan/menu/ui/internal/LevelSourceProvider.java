package org.castellan.menu.ui.internal;

import java.util.Map;

import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;

/**
 * Publishes what the logged-in user may see as the variable {@value #VARIABLE} (a
 * {@link PublishedLevels}: everything is visible when nobody is logged in), so menu and toolbar items hide with
 * {@code <visibleWhen><with variable="org.castellan.menu.visibleSet"><test property="org.castellan.menu.visible" args="ID"/></with></visibleWhen>}
 * and change at once when the level does. At the same time the commands the user may not see are
 * refused whoever handles them ({@link CommandVeto}), and what opens anyway is closed ({@link WorkbenchGuard}).
 */
public final class LevelSourceProvider extends AbstractSourceProvider {

    public static final String VARIABLE = "org.castellan.menu.visibleSet"; //$NON-NLS-1$

    /** The value while nobody is logged in: nothing is hidden. */
    public static final String EVERYTHING = "everything"; //$NON-NLS-1$

    private final MenuIdentifierWatch identifiers = new MenuIdentifierWatch(this::publish);
    private final CommandVeto veto = new CommandVeto();
    private WorkbenchGuard guard;
    private final Runnable listener = () -> {
        if (PlatformUI.isWorkbenchRunning()) {
            identifiers.watch(PlatformUI.getWorkbench());
            veto.apply(PlatformUI.getWorkbench(), LevelState.get().flatMap(LevelState::visible).orElse(null));
            LevelState.get().ifPresent(state -> {
                if (guard == null) {
                    guard = new WorkbenchGuard(state);
                }
                guard.apply(PlatformUI.getWorkbench());
            });
        }
        publish();
    };

    public LevelSourceProvider() {
        LevelState.get().ifPresent(state -> state.addListener(listener));
    }

    private void publish() {
        fireSourceChanged(ISources.WORKBENCH, VARIABLE, current());
    }

    private static Object current() {
        return new PublishedLevels(LevelState.get().flatMap(LevelState::visible).orElse(null));
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
