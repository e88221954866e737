package org.castellan.product.walk;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
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
 * act on the first row of their view: Set Password, Copy Role, Delete Role) and those of view
 * buttons (Initialise Medium, Restore, Block Openings). Each is photographed, checked and cancelled as a menu item's is (see {@link ScreenWalk#answer}), wizards
 * page after page. One line each: {@code dialog <what>: <what was seen>}.
 */
final class DialogWalk {

    /** A command, run as its toolbar button or context menu would, after selecting the first row of {@code view} (when not null). */
    private record CommandStep(String view, String command) {
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
            new CommandStep(ROLES, "org.castellan.security.ui.deleteRole"), //$NON-NLS-1$
            // Rename and Archive Company need a company: the walk's installation has none (one would
            // add Choose Company to every login of the walk).
            new CommandStep(COMPANIES, "org.castellan.security.ui.newCompany"), //$NON-NLS-1$
            new CommandStep(BACKUP, "org.castellan.backup.ui.backUp")); //$NON-NLS-1$

    private static final List<ButtonStep> BUTTONS = List.of(
            new ButtonStep(BACKUP, "initialise"), //$NON-NLS-1$
            new ButtonStep(BACKUP, "restore"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "block")); //$NON-NLS-1$

    private final UiThread ui;
    private final ScreenWalk walk;

    DialogWalk(UiThread ui, ScreenWalk walk) {
        this.ui = ui;
        this.walk = walk;
    }

    void walk(IWorkbenchWindow window) throws IOException {
        IWorkbenchPage page = ui.call(window::getActivePage);
        for (CommandStep step : COMMANDS) {
            String name = "dialog " + step.command(); //$NON-NLS-1$
            try {
                IViewPart view = show(page, step.view());
                ui.run(() -> selectFirstRow(view));
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

    /** Selects a view's first row as a click would, so that commands acting on a selection have one. */
    private static void selectFirstRow(IViewPart view) {
        Control table = Widgets.first((Composite) parentOf(view), control -> control instanceof Table && control.isVisible());
        if (table instanceof Table rows && rows.getItemCount() > 0) {
            rows.setSelection(0);
            Event click = new Event();
            click.item = rows.getItem(0);
            rows.notifyListeners(SWT.Selection, click);
        } else if (Widgets.first((Composite) parentOf(view), control -> control instanceof Tree && control.isVisible()) instanceof Tree tree && tree.getItemCount() > 0) {
            // the security views group their rows under section titles: the first row is the first leaf
            TreeItem first = tree.getItem(0);
            while (first.getItemCount() > 0) {
                first.setExpanded(true);
                first = first.getItem(0);
            }
            tree.setSelection(first);
            Event click = new Event();
            click.item = first;
            tree.notifyListeners(SWT.Selection, click);
        }
        view.setFocus();
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
