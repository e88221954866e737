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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Opens the dialogs and wizards no menu item opens: those of the administration commands (New User,
 * New Group, New Role, New Company, Import from Directory, Password Policy, Test Connection, Back Up,
 * and those that act on a row of their view: Set Password, Delete Group, Copy Role, Delete Role on a
 * role made by administrators, Rename, Archive and Reactivate Company), those of view buttons
 * (Initialise Medium, Restore, Block Openings, Sessions on This Company, Request Log-Out, Lift Ban on
 * a selected ban), the data-rights editor's (Save As, Type a Member, Delete) and the Main Menu
 * Definition's Rights cell editor's. Each is photographed, checked and cancelled as a menu item's is
 * (see {@link ScreenWalk#answer}), wizards page after page, their pages filled so that Next leads on.
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

    /**
     * A button of a view, found by its widget name; when the button acts on a row, {@code before}
     * makes that row, which the view lists first, and the walk selects it (null: no row).
     */
    private record ButtonStep(String view, String button, Consumer<WalkData> before) {
        ButtonStep(String view, String button) {
            this(view, button, null);
        }
    }

    private static final String USERS = "org.castellan.security.ui.views.users"; //$NON-NLS-1$
    private static final String GROUPS = "org.castellan.security.ui.views.groups"; //$NON-NLS-1$
    private static final String ROLES = "org.castellan.security.ui.views.roles"; //$NON-NLS-1$
    private static final String COMPANIES = "org.castellan.security.ui.views.companies"; //$NON-NLS-1$
    private static final String BACKUP = "org.castellan.backup.ui.view"; //$NON-NLS-1$
    private static final String SESSIONS = "org.castellan.sessions.ui.views.active"; //$NON-NLS-1$
    private static final String DATA_RIGHTS = "org.castellan.datarights.ui.view"; //$NON-NLS-1$
    private static final String MENU_DEFINITION = "org.castellan.menu.ui.commands.definition"; //$NON-NLS-1$
    /** The Rights column of the Main Menu Definition's table (after Menu, Order, Option, Level, Ask Password, Versions, Scope). */
    private static final int RIGHTS_COLUMN = 7;
    /** Rows whose Rights cell is tried: essential options come first and cannot be edited. */
    private static final int ROWS_TRIED = 30;
    /** The key the data-rights views and editor name their widgets under (ObjectPermissionsPane.NAME, internal to its bundle). */
    private static final String DATA_RIGHTS_NAME = "org.castellan.datarights.ui.name"; //$NON-NLS-1$

    private static final List<CommandStep> COMMANDS = List.of(
            new CommandStep(USERS, "org.castellan.security.ui.newUser"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.importFromDirectory"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.passwordPolicy"), //$NON-NLS-1$
            new CommandStep(USERS, "org.castellan.security.ui.setPassword"), //$NON-NLS-1$
            // Test Connection on the saved settings: no directory answers, the result says so
            new CommandStep(USERS, "org.castellan.security.ui.testDirectory"), //$NON-NLS-1$
            new CommandStep(GROUPS, "org.castellan.security.ui.newGroup"), //$NON-NLS-1$
            new CommandStep(GROUPS, "org.castellan.security.ui.deleteGroup", WalkData.GROUP, WalkData::group), //$NON-NLS-1$
            new CommandStep(ROLES, "org.castellan.security.ui.newRole"), //$NON-NLS-1$
            new CommandStep(ROLES, "org.castellan.security.ui.copyRole"), //$NON-NLS-1$
            // Delete Role is offered for roles made by administrators only
            new CommandStep(ROLES, "org.castellan.security.ui.deleteRole", WalkData.ROLE, WalkData::role), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.newCompany"), //$NON-NLS-1$
            // the walk's company is active only for these steps: with none, no log-in asks for one
            new CommandStep(COMPANIES, "org.castellan.security.ui.renameCompany", WalkData.COMPANY, WalkData::activeCompany), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.archiveCompany", WalkData.COMPANY, WalkData::activeCompany), //$NON-NLS-1$
            new CommandStep(COMPANIES, "org.castellan.security.ui.reactivateCompany", WalkData.COMPANY, WalkData::archiveCompany), //$NON-NLS-1$
            // the company chooser a user allowed in two companies meets (as at log-in): both active for this step only
            new CommandStep(COMPANIES, "org.castellan.sessions.ui.switchCompany", null, WalkData::twoActiveCompanies), //$NON-NLS-1$
            // the supervisor's password, asked by an option set to ask it for this step only
            new CommandStep(USERS, WalkData.ASKING_COMMAND, null, WalkData::askSupervisorPassword),
            new CommandStep(BACKUP, "org.castellan.backup.ui.backUp")); //$NON-NLS-1$

    private static final List<ButtonStep> BUTTONS = List.of(
            new ButtonStep(BACKUP, "initialise"), //$NON-NLS-1$
            new ButtonStep(BACKUP, "restore"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "block"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "exclusive"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "logout"), //$NON-NLS-1$
            new ButtonStep(SESSIONS, "lift", WalkData::ban)); //$NON-NLS-1$

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
            data.askNoSupervisorPassword();
        }
        buttons(page);
        dataRights(window, page);
        rightsCell(window, page);
    }

    private void commands(IWorkbenchWindow window, IWorkbenchPage page) throws IOException {
        for (CommandStep step : COMMANDS) {
            String name = "dialog " + step.command(); //$NON-NLS-1$
            attempt(name, () -> {
                step.before().accept(data);
                IViewPart view = show(page, step.view());
                ui.settle(300); // the view refreshes on the services' events
                ui.run(() -> selectRow(view, step.row()));
                ui.settle(300);
                command(window, name, step.command());
            });
        }
    }

    private void buttons(IWorkbenchPage page) throws IOException {
        for (ButtonStep step : BUTTONS) {
            String name = "dialog " + step.view() + " " + step.button(); //$NON-NLS-1$ //$NON-NLS-2$
            attempt(name, () -> {
                if (step.before() != null) {
                    step.before().accept(data);
                }
                IViewPart view = show(page, step.view());
                if (step.before() != null) {
                    ui.settle(300); // the view refreshes on the services' events
                    ui.run(() -> selectRow(view, null));
                    ui.settle(300);
                }
                press(name, (Composite) parentOf(view), Widgets.NAME, step.button());
            });
        }
    }

    /**
     * The data-rights editor's dialogs: Type (a member's unique name), Delete's confirmation and
     * Save As, on a new data right the view's New button opens, closed unsaved after.
     */
    private void dataRights(IWorkbenchWindow window, IWorkbenchPage page) throws IOException {
        try {
            attempt("dialog " + DATA_RIGHTS, () -> editorDialogs(window, page)); //$NON-NLS-1$
        } finally {
            walk.closeEditors(ui.call(window::getShell));
        }
    }

    private void editorDialogs(IWorkbenchWindow window, IWorkbenchPage page) throws IOException {
        data.dataRightsEditor();
        Composite view = (Composite) parentOf(show(page, DATA_RIGHTS));
        Control newRight = ui.call(() -> Widgets.named(view, DATA_RIGHTS_NAME, "newRight")); //$NON-NLS-1$
        if (newRight == null) {
            throw new IllegalStateException("no New button in " + DATA_RIGHTS + ": the data-rights editor is not enabled"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ui.run(() -> newRight.notifyListeners(SWT.Selection, new Event()));
        ui.settle(800);
        IEditorPart editor = ui.call(page::getActiveEditor);
        if (editor == null) {
            throw new IllegalStateException("New in " + DATA_RIGHTS + " opened no editor"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // File > Save As acts on the active editor of the active window, as after a click in it
        ui.run(() -> {
            window.getShell().forceActive();
            page.activate(editor);
        });
        ui.settle(400);
        String saveAs = "dialog " + DATA_RIGHTS + " saveAs"; //$NON-NLS-1$ //$NON-NLS-2$
        attempt(saveAs, () -> command(window, saveAs, "org.eclipse.ui.file.saveAs")); //$NON-NLS-1$
        Composite body = (Composite) partControl(editor.getSite());
        for (String button : List.of("type", "delete")) { //$NON-NLS-1$ //$NON-NLS-2$
            String name = "dialog " + DATA_RIGHTS + " " + button; //$NON-NLS-1$ //$NON-NLS-2$
            attempt(name, () -> press(name, body, DATA_RIGHTS_NAME, button));
        }
    }

    /** A step of the walk that may fail on its own: the next ones are still walked. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step}, recording its failure as an error of {@code name}. */
    private void attempt(String name, Step step) throws IOException {
        try {
            step.run();
        } catch (RuntimeException e) {
            walk.error(name, e);
        }
    }

    /** Presses the enabled button named {@code button} (under {@code key}) below {@code root}, and records what it opened. */
    private void press(String name, Composite root, String key, String button) throws IOException {
        Control control = ui.call(() -> Widgets.named(root, key, button));
        if (control == null || !ui.call(control::isEnabled)) {
            throw new IllegalStateException("no enabled button " + button + " for " + name); //$NON-NLS-1$ //$NON-NLS-2$
        }
        walk.write(name + ": " + open(name, () -> control.notifyListeners(SWT.Selection, new Event()))); //$NON-NLS-1$
    }

    /** Runs {@code command} as its menu item or toolbar button would, and records what it opened. */
    private void command(IWorkbenchWindow window, String name, String command) throws IOException {
        walk.write(name + ": " + open(name, () -> execute(window, command))); //$NON-NLS-1$
    }

    /** Runs {@code command} as its menu item or toolbar button would. UI thread. */
    private static void execute(IWorkbenchWindow window, String command) {
        try {
            window.getService(IHandlerService.class).executeCommand(command, null);
        } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            throw new IllegalStateException(command + " did not run", e); //$NON-NLS-1$
        }
    }

    /**
     * The Main Menu Definition's Rights cell: clicked as a user would, its cell editor's button opens
     * the list of declared rights (on the first option that is not essential: those cannot be edited).
     */
    private void rightsCell(IWorkbenchWindow window, IWorkbenchPage page) throws IOException {
        String name = "dialog " + MENU_DEFINITION + " rights"; //$NON-NLS-1$ //$NON-NLS-2$
        try {
            attempt(name, () -> {
                ui.run(() -> execute(window, MENU_DEFINITION));
                ui.settle(800);
                IEditorPart editor = ui.call(page::getActiveEditor);
                if (editor == null) {
                    throw new IllegalStateException(MENU_DEFINITION + " opened no editor"); //$NON-NLS-1$
                }
                Button button = ui.call(() -> dialogCellButton((Composite) partControl(editor.getSite())));
                if (button == null) {
                    throw new IllegalStateException("no option's Rights cell offers its dialog"); //$NON-NLS-1$
                }
                walk.write(name + ": " + open(name, () -> button.notifyListeners(SWT.Selection, new Event()))); //$NON-NLS-1$
            });
        } finally {
            walk.closeEditors(ui.call(window::getShell));
        }
    }

    /** Selects and clicks each row's Rights cell until one shows its cell editor's button (the "..." of a dialog cell editor). UI thread. */
    private static Button dialogCellButton(Composite editor) {
        if (!(Widgets.first(editor, control -> control instanceof Table) instanceof Table table)) {
            return null;
        }
        for (int row = 0; row < Math.min(table.getItemCount(), ROWS_TRIED); row++) {
            table.setSelection(row); // the viewer edits a cell of the one selected row only
            Rectangle cell = table.getItem(row).getBounds(RIGHTS_COLUMN);
            Event click = new Event();
            click.x = cell.x + cell.width / 2;
            click.y = cell.y + cell.height / 2;
            click.button = 1;
            click.count = 1;
            table.notifyListeners(SWT.MouseDown, click);
            table.notifyListeners(SWT.MouseUp, click);
            if (Widgets.first(table, control -> control instanceof Button && control.isVisible()) instanceof Button button) {
                return button;
            }
        }
        return null;
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
        return partControl(view.getSite());
    }

    /** The composite a part draws into (its model part's widget). */
    private static Control partControl(IWorkbenchPartSite site) {
        Object part = site.getService(MPart.class);
        if (part instanceof MPart model && model.getWidget() instanceof Control control) {
            return control;
        }
        throw new IllegalStateException("no widget for " + site.getId()); //$NON-NLS-1$
    }
}
