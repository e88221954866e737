package org.castellan.product.walk;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Opens the dialogs and wizards no menu item opens: those of the administration commands (New User,
 * New Group, New Role, New Company, Import from Directory, Password Policy, Back Up, and those that
 * act on a row of their view: Set Password, Copy Role, Delete Role on a role made by administrators,
 * Rename, Archive and Reactivate Company) and those of view buttons (Initialise Medium, Restore,
 * Block Openings). Each is photographed, checked and cancelled as a menu item's is (see
 * {@link ScreenWalk#answer}), wizards page after page, their pages filled so that Next leads on.
 * What they need first is made through the services ({@link WalkData}). One line each:
 * {@code dialog <what>: <what was seen>}.
 */
final class DialogWalk {

    /**
     * A command, run as its toolbar button or context menu would, after {@code before} and after
     * selecting the row of {@code view} showing {@code row} (the first row when null).
     */
    private record CommandStep(String view, String command, String row, Consumer<WalkData> before) {
        CommandStep(String view, String command) {
            this(view, command, null, data -> {
            });
        }
    }

    /** A button of a view, found by its widget name. */
    private record ButtonStep(String view, String button) {
    }

    private static final String USERS = "org.castellan.security.ui.views.users"; //$NON-NLS-1$
    private static final String ROLES = "org.castellan.security.ui.views.roles"; //$NON-NLS-1$
    private static final String COMPANIES = "org.castellan.security.ui.views.companies"; //$NON-NLS-1$
    private static final String BACKUP = "org.castellan.backup.ui.view"; //$NON-NLS-1$
    private static final String SESSIONS = "org.castellan.sessions.ui.views.active"; //$NON-NLS-1$

    private static final List<CommandStep> COMMANDS = List.of(
            new CommandStep(USERS, "org.castellan.security.ui.newUser"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.importFromDirectory"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.passwordPolicy"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.setPassword"), //$NON-NLS-1$
            new CommandStep("org.castellan.security.ui.views.groups", "org.castellan.security.ui.newGroup"), //$NON-NLS-1$ //$NON-NLS-2$
            new CommandStep(ROLES, "org.castellan.security.ui.newRole"), //$NON-NLS-1$
            new CommandStep(ROLES, "org.castellan.security.ui.copyRole"), //$NON-NLS-1$
            // Delete Role is offered for roles made by administrators only
            new CommandStep(ROLES, "org.castellan.security.ui.deleteRole", WalkData.ROLE, WalkData::role), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.newCompany"), //$NON-NLS-1$
            // the walk's company is active only for these steps: with none, no log-in asks for one
            new CommandStep(COMPANIES, "org.castellan.security.ui.renameCompany", WalkData.COMPANY, WalkData::activeCompany), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.archiveCompany", WalkData.COMPANY, WalkData::activeCompany), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.reactivateCompany", WalkData.COMPANY, WalkData::archiveCompany), //$NON-NLS-1$
            new CommandStep(BACKUP, "org.castellan.backup.ui.backUp")); //$NON-NLS-1$

    private static final List<ButtonStep> BUTTONS = List.of(
            new ButtonStep(BACKUP, "initialise"), //$NON-NLS-1$
            new ButtonStep(BACKUP, "restore"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "block")); //$NON-NLS-1$

    private final UiThread ui;
    private final ScreenWalk walk;
    private final WalkData data;

    DialogWalk(UiThread ui, ScreenWalk walk, WalkData data) {
        this.ui = ui;
        this.walk = walk;
        this.data = data;
    }

    void walk(IWorkbenchWindow window) throws IOException {
        IWorkbenchPage page = ui.call(window::getActivePage);
        try {
            data.backup();
        } catch (RuntimeException e) {
            walk.error("a medium with a backup", e); //$NON-NLS-1$
        }
        try {
            commands(window, page);
        } finally {
            data.archiveCompany();
        }
        buttons(page);
    }

    private void commands(IWorkbenchWindow window, IWorkbenchPage page) throws IOException {
        for (CommandStep step : COMMANDS) {
            String name = "dialog " + step.command(); //$NON-NLS-1$
            try {
                step.before().accept(data);
                IViewPart view = show(page, step.view());
                ui.settle(300); // the view refreshes on the services' events
                ui.run(() -> selectRow(view, step.row()));
                ui.settle(300);
                IHandlerService handlers = ui.call(() -> window.getService(IHandlerService.class));
                walk.write(name + ": " + open(name, () -> { //$NON-NLS-1$
                    try {
                        handlers.executeCommand(step.command(), null);
                    } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                            | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
                        throw new IllegalStateException(step.command() + " did not run", e); //$NON-NLS-1$
                    }
                }));
            } catch (RuntimeException e) {
                walk.error(name, e);
            }
        }
    }

    private void buttons(IWorkbenchPage page) throws IOException {
        for (ButtonStep step : BUTTONS) {
            String name = "dialog " + step.view() + " " + step.button(); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                IViewPart view = show(page, step.view());
                Control button = ui.call(() -> Widgets.named((Composite) parentOf(view), step.button()));
                if (button == null || !ui.call(button::isEnabled)) {
                    throw new IllegalStateException("no enabled button " + step.button() + " in " + step.view()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                walk.write(name + ": " + open(name, () -> button.notifyListeners(SWT.Selection, new Event()))); //$NON-NLS-1$
            } catch (RuntimeException e) {
                walk.error(name, e);
            }
        }
    }

    /** Runs {@code action} as a click would (the display's next turn), then photographs and closes what it opened. */
    private String open(String name, Runnable action) throws IOException {
        var before = walk.shells();
        AtomicBoolean returned = new AtomicBoolean();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        ui.call(() -> {
            ui.display().asyncExec(() -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    failed.set(e);
                } finally {
                    returned.set(true);
                }
            });
            return null;
        });
        String seen = walk.answer(before, returned, name);
        if (failed.get() != null) {
            throw failed.get();
        }
        if (!seen.contains(".png")) { //$NON-NLS-1$
            throw new IllegalStateException(name + " opened no dialog: " + seen); //$NON-NLS-1$
        }
        return seen;
    }

    private IViewPart show(IWorkbenchPage page, String view) {
        IViewPart part = ui.call(() -> {
            try {
                return page.showView(view);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.settle(400);
        return part;
    }

    /**
     * Selects as a click would, so that commands acting on a selection have one, the row showing
     * {@code text} in a column, or the first row when {@code text} is null.
     */
    private static void selectRow(IViewPart view, String text) {
        Control table = Widgets.first((Composite) parentOf(view), control -> control instanceof Table && control.isVisible());
        if (table instanceof Table rows && rows.getItemCount() > 0) {
            TableItem row = text == null ? rows.getItem(0) : Arrays.stream(rows.getItems()).filter(item -> shows(item::getText, rows.getColumnCount(), text))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no row " + text)); //$NON-NLS-1$
            rows.setSelection(row);
            Event click = new Event();
            click.item = row;
            rows.notifyListeners(SWT.Selection, click);
        } else if (Widgets.first((Composite) parentOf(view), control -> control instanceof Tree && control.isVisible()) instanceof Tree tree && tree.getItemCount() > 0) {
            // the security views group their rows under section titles: rows are leaves
            TreeItem row = leaf(tree.getItems(), tree.getColumnCount(), text);
            if (row == null) {
                throw new IllegalStateException("no row " + text); //$NON-NLS-1$
            }
            tree.setSelection(row);
            Event click = new Event();
            click.item = row;
            tree.notifyListeners(SWT.Selection, click);
        } else if (text != null) {
            throw new IllegalStateException("no rows in " + view.getSite().getId()); //$NON-NLS-1$
        }
        view.setFocus();
    }

    /** The first leaf below {@code items} showing {@code text} (any leaf when null), its section expanded. */
    private static TreeItem leaf(TreeItem[] items, int columns, String text) {
        for (TreeItem item : items) {
            if (item.getItemCount() > 0) {
                item.setExpanded(true);
                TreeItem found = leaf(item.getItems(), columns, text);
                if (found != null) {
                    return found;
                }
            } else if (text == null || shows(item::getText, columns, text)) {
                return item;
            }
        }
        return null;
    }

    private static boolean shows(IntFunction<String> column, int columns, String text) {
        for (int i = 0; i < Math.max(1, columns); i++) {
            if (text.equals(column.apply(i))) {
                return true;
            }
        }
        return false;
    }

    /** The composite a view's part draws into (its model part's widget). */
    private static Control parentOf(IViewPart view) {
        Object part = view.getSite().getService(MPart.class);
        if (part instanceof MPart model && model.getWidget() instanceof Control control) {
            return control;
        }
        throw new IllegalStateException("no widget for " + view.getSite().getId()); //$NON-NLS-1$
    }
}
