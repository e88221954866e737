package org.castellan.product.walk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.menus.CommandContributionItem;

/**
 * Selects every enabled leaf of a window's menu bar, as a click would, one after the other. Menus are
 * shown (SWT.Show) before they are read, since the workbench fills them then; an item is found again
 * by its path before each click, since showing a menu may rebuild it.
 */
final class MenuWalk {

    private final UiThread ui;
    private final ScreenWalk walk;
    private final Set<String> notWalked;

    MenuWalk(UiThread ui, ScreenWalk walk, Set<String> notWalked) {
        this.ui = ui;
        this.walk = walk;
        this.notWalked = notWalked;
    }

    void walk(Shell main) throws IOException {
        List<List<String>> leaves = ui.call(() -> {
            List<List<String>> found = new ArrayList<>();
            collect(main.getMenuBar(), new ArrayList<>(), found);
            return found;
        });
        for (List<String> path : leaves) {
            String name = "menu " + String.join(" > ", path); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                select(main, path, name);
            } catch (RuntimeException e) {
                walk.error(name, e);
            }
            walk.closeEditors(main);
        }
    }

    private void select(Shell main, List<String> path, String name) throws IOException {
        MenuItem item = ui.call(() -> find(main.getMenuBar(), path, 0));
        if (item == null) {
            walk.write(name + ": gone"); //$NON-NLS-1$
            return;
        }
        String command = ui.call(() -> commandOf(item));
        if (notWalked.contains(command) || !ui.call(item::isEnabled)) {
            walk.write(name + " [" + command + "]: not walked"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        ui.run(main::forceActive); // as a click on the window's menu bar would
        ui.settle(200);
        var before = walk.shells();
        AtomicBoolean returned = new AtomicBoolean();
        ui.call(() -> {
            main.getDisplay().asyncExec(() -> {
                try {
                    if (!item.isDisposed()) {
                        item.notifyListeners(SWT.Selection, new Event());
                    }
                } finally {
                    returned.set(true);
                }
            });
            return null;
        });
        String answered = walk.answer(before, returned, name);
        if (ui.call(() -> main.isDisposed() ? 0 : walk.openEditors(main)) > 0) {
            answered += ", editor " + walk.screenshot(main, name); //$NON-NLS-1$ // an editor opened in the window: seen as the user sees it
        }
        walk.write(name + " [" + command + "]: " + answered); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void collect(Menu menu, List<String> path, List<List<String>> leaves) {
        if (menu == null) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0) {
                continue;
            }
            List<String> itemPath = new ArrayList<>(path);
            itemPath.add(label(item));
            if (item.getMenu() != null) {
                collect(item.getMenu(), itemPath, leaves);
            } else {
                leaves.add(itemPath);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static MenuItem find(Menu menu, List<String> path, int depth) {
        if (menu == null) {
            return null;
        }
        menu.notifyListeners(SWT.Show, new Event());
        try {
            for (MenuItem item : menu.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0 && label(item).equals(path.get(depth))) {
                    return depth == path.size() - 1 ? item : find(item.getMenu(), path, depth + 1);
                }
            }
            return null;
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** The text a user reads: no mnemonic marker, no accelerator. */
    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String commandOf(MenuItem item) {
        Object data = item.getData();
        if (data instanceof MHandledItem handled && handled.getCommand() != null) {
            return handled.getCommand().getElementId();
        }
        if (data instanceof CommandContributionItem contribution && contribution.getCommand() != null) {
            return contribution.getCommand().getId();
        }
        if (data instanceof ActionContributionItem action) {
            String definition = action.getAction().getActionDefinitionId();
            return definition != null ? definition : String.valueOf(action.getId());
        }
        return data instanceof IContributionItem contribution ? String.valueOf(contribution.getId()) : ""; //$NON-NLS-1$
    }
}
