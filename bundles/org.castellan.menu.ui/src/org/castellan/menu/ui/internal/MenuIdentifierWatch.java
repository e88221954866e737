package org.castellan.menu.ui.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.IIdentifier;
import org.eclipse.ui.activities.IIdentifierListener;

/**
 * Re-publishes the levels when the activity identifier of a contributed menu or toolbar item changes.
 * <p>
 * The workbench hides an item both by its visibleWhen and by its activity identifier, but it
 * re-evaluates the menus only when a variable of a visibleWhen changes: the identifiers are updated
 * later, in a job of the workbench's own. An item a lower level hid would stay hidden after a log-in
 * at a higher level whenever that job runs after the menus were evaluated (a busy machine, a
 * workbench with many identifiers). Listening to the identifiers closes that window for good.
 */
final class MenuIdentifierWatch {

    /**
     * The persisted-state key under which the workbench's menu renderer keeps the activity identifier
     * of a contributed item (MenuManagerRenderer.VISIBILITY_IDENTIFIER; that class is not API, so
     * its value is repeated here).
     */
    private static final String VISIBILITY_IDENTIFIER = "IIdentifier"; //$NON-NLS-1$

    private final Runnable republish;
    private final Set<String> watched = new HashSet<>();
    private final IIdentifierListener listener = event -> {
        if (event.hasEnabledChanged()) {
            requestRepublish();
        }
    };
    private volatile boolean pending;
    private Display display;

    MenuIdentifierWatch(Runnable republish) {
        this.republish = republish;
    }

    /** Starts watching the identifiers of every contributed item not watched yet (UI thread). */
    void watch(IWorkbench workbench) {
        display = workbench.getDisplay();
        MApplication application = workbench.getService(MApplication.class);
        IActivityManager activities = workbench.getActivitySupport().getActivityManager();
        if (application == null) {
            return;
        }
        Set<String> found = new HashSet<>();
        application.getMenuContributions().forEach(contribution -> collect(contribution, found));
        application.getToolBarContributions().forEach(contribution -> collect(contribution, found));
        application.getTrimContributions().forEach(contribution -> collect(contribution, found));
        for (String id : found) {
            if (watched.add(id)) {
                IIdentifier identifier = activities.getIdentifier(id);
                identifier.addIdentifierListener(listener);
            }
        }
    }

    private static void collect(MApplicationElement element, Set<String> into) {
        String identifier = element.getPersistedState().get(VISIBILITY_IDENTIFIER);
        if (identifier != null) {
            into.add(identifier);
        }
        if (element instanceof MElementContainer<?> container) {
            List<? extends MUIElement> children = container.getChildren();
            children.forEach(child -> collect(child, into));
        }
    }

    /** Coalesces the identifiers' events (they come from the workbench's job) into one publication. */
    private void requestRepublish() {
        Display target = display;
        if (pending || target == null || target.isDisposed()) {
            return;
        }
        pending = true;
        target.asyncExec(() -> {
            pending = false;
            republish.run();
        });
    }
}
