package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.Scope;
import org.castellan.menu.ui.internal.LevelState;
import org.castellan.menu.ui.internal.MainMenuDefinitionEditor;
import org.castellan.menu.ui.internal.Messages;
import org.castellan.menu.ui.internal.SupervisorPasswordDialog;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Category;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorization levels in the running workbench, with the example pharmacy bundle: what users of
 * levels 0, 5 and 9 see in the menu bar, the toolbar, the perspective and view lists and Quick
 * Access (the activity identifiers it filters with), that a hidden command is refused by id, that a
 * change in the Main menu definition applies to the open window, and the supervisor's password.
 */
class AuthorizationLevelsTest {

    private static final String PLUGIN = "org.castellan.example.pharmacy";
    private static final String CASH = PLUGIN + ".commands.cashRegister";
    private static final String PRICING = PLUGIN + ".commands.pricing";
    private static final String BILLING = PLUGIN + ".commands.billing";
    private static final String PRICING_VIEW = PLUGIN + ".views.pricing";
    private static final String BILLING_VIEW = PLUGIN + ".views.billing";
    private static final String CASH_VIEW = PLUGIN + ".views.cashRegister";
    private static final String PERSPECTIVE = PLUGIN + ".perspective";
    private static final String CASH_RIGHT = PLUGIN + ".cash";
    private static final String PRICING_RIGHT = PLUGIN + ".pricing";
    private static final String BILLING_RIGHT = PLUGIN + ".billing";
    private static final String PASSWORD = "Levels-2026-ok";

    @TempDir
    Path temp;

    private LoggedIn loggedIn;
    private AuthenticatedUser clerk;
    private AuthenticatedUser manager;
    private IWorkbenchWindow window;
    private Display display;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void installationWithUsersOfLevelsZeroFiveAndNine() throws Exception {
        loggedIn = Installations.create(temp.resolve("pharmacy"), "Pharmacy", null);
        UserAdministration users = Installations.service(UserAdministration.class);
        clerk = users.createUser(loggedIn.user(), new NewUser("clerk", "Carla Clerk", null, false, false, 0, PASSWORD.toCharArray()));
        manager = users.createUser(loggedIn.user(), new NewUser("manager", "Manuel Manager", null, false, false, 5, PASSWORD.toCharArray()));
        // The pharmacy's options require its rights besides a level: these three hold them all.
        RoleAdministration roles = Installations.service(RoleAdministration.class);
        roles.createRole(loggedIn.user(), "Pharmacy staff", null, Set.of(CASH_RIGHT, PRICING_RIGHT, BILLING_RIGHT));
        for (AuthenticatedUser user : List.of(loggedIn.user(), clerk, manager)) {
            roles.assign(loggedIn.user(), user.login(), "Pharmacy staff");
        }
        window = Ui.window();
        display = window.getShell().getDisplay();
        // Other tests may have closed every perspective: the views the commands show need one open.
        PlatformUI.getWorkbench().showPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective(), window);
    }

    @AfterEach
    void close() throws Exception {
        for (IWorkbenchPage page : window.getPages()) {
            page.closeAllEditors(false);
        }
        long before = state().applied();
        loggedIn.close();
        Ui.waitFor(display, 10_000, () -> state().applied() > before && state().user().isEmpty());
        settleActivities();
    }

    private static LevelState state() {
        return LevelState.get().orElseThrow();
    }

    /** Publishes the user's session, as a log-in does, and waits until his levels are applied. */
    private void logInAs(AuthenticatedUser user) {
        long before = state().applied();
        loggedIn.store().publishSession("Pharmacy", user);
        assertTrue(Ui.waitFor(display, 20_000,
                () -> state().applied() > before && state().user().map(u -> u.id().equals(user.id())).orElse(false)),
                "the levels follow the session user");
        settleActivities();
    }

    /** Runs a command the user may not run by id: refused, and the workbench says why in a dialog (returned). */
    private String refusedCommand(IHandlerService handlers, String commandId) {
        return refusedWith(() -> assertThrows(NotEnabledException.class, () -> handlers.executeCommand(commandId, null), commandId));
    }

    /** Does something the user may not do and returns the message of the refusal the workbench shows. */
    private String refusedWith(Runnable attempt) {
        String[] said = { null };
        Ui.whenShellOpens(display, Messages.refusedTitle, failures, dialog -> {
            Screenshots.of(dialog, "levels-refused");
            said[0] = Ui.shownTexts(dialog).stream().filter(t -> t.contains("\"")).findFirst().orElse(String.join(" | ", Ui.shownTexts(dialog)));
            dialog.close();
        });
        attempt.run();
        assertTrue(Ui.waitFor(display, 10_000, () -> said[0] != null), "a refusal dialog");
        assertEquals(List.of(), failures);
        return said[0];
    }

    /** The workbench updates its activity identifiers in a job: wait for it to run. */
    private void settleActivities() {
        Ui.settle(display, 1500);
    }

    private boolean identifierEnabled(String localId) {
        IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
        return activities.getIdentifier(PLUGIN + "/" + localId).isEnabled();
    }

    private List<String> perspectives() {
        return Arrays.stream(PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives())
                .filter(p -> !WorkbenchActivityHelper.filterItem(p)).map(IPerspectiveDescriptor::getId).filter(id -> id.startsWith(PLUGIN)).toList();
    }

    private List<String> views() {
        return Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews()).filter(v -> !WorkbenchActivityHelper.filterItem(v))
                .map(IViewDescriptor::getId).filter(id -> id.startsWith(PLUGIN)).toList();
    }

    /** Ids of the visible items of a menu or toolbar contribution, after the workbench updated it. */
    private List<String> shown(String containerId, boolean toolbar) {
        WorkbenchWindow workbenchWindow = (WorkbenchWindow) window;
        IContributionManager manager = toolbar ? workbenchWindow.getCoolBarManager2() : workbenchWindow.getMenuBarManager();
        IContributionItem container = find(manager, containerId);
        assertNotNull(container, containerId);
        List<String> ids = new ArrayList<>();
        if (container instanceof MenuManager menu) {
            menu.updateAll(true);
            for (IContributionItem item : menu.getItems()) {
                if (item.isVisible() && item.getId() != null) {
                    ids.add(item.getId());
                }
            }
        } else if (container instanceof org.eclipse.jface.action.ToolBarContributionItem bar) {
            bar.getToolBarManager().update(true);
            for (IContributionItem item : bar.getToolBarManager().getItems()) {
                if (item.isVisible() && item.getId() != null) {
                    ids.add(item.getId());
                }
            }
        }
        return ids;
    }

    private static IContributionItem find(IContributionManager manager, String id) {
        for (IContributionItem item : manager.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
        }
        return null;
    }

    @Test
    void eachLevelSeesItsContributionsEverywhereAndAHiddenCommandIsRefusedById() throws Exception {
        MenuLevels menu = Installations.service(MenuLevels.class);
        IHandlerService handlers = window.getService(IHandlerService.class);

        logInAs(clerk);
        assertEquals(List.of(CASH), shown(PLUGIN + ".menu", false), "level 0: menu bar");
        assertEquals(List.of(PLUGIN + ".toolbar.cashRegister"), shown(PLUGIN + ".toolbar", true), "level 0: toolbar");
        assertEquals(List.of(PERSPECTIVE), perspectives());
        assertEquals(List.of(CASH_VIEW), views());
        assertEquals(List.of(true, false, false), List.of(identifierEnabled(CASH), identifierEnabled(PRICING), identifierEnabled(BILLING)),
                "Quick Access: commands filtered by their activity identifiers");
        assertFalse(identifierEnabled("org.castellan.menu.ui.commands.definition"));
        Screenshots.of(window.getShell(), "levels-workbench-level-0");
        assertEquals("\"Billing\" needs authorization level 7, and you have level 0. Ask an administrator if you need it.",
                refusedCommand(handlers, BILLING), "refused by id, and the user is told why");
        MenuException refused = assertThrows(MenuException.class, () -> menu.require(clerk, BILLING));
        assertEquals("\"Billing\" needs authorization level 7, and you have level 0. Ask an administrator if you need it.", refused.getMessage());

        logInAs(manager);
        // An item the activities hid comes back when the workbench's identifier update job has run.
        Ui.waitFor(display, 10_000, () -> shown(PLUGIN + ".menu", false).equals(List.of(CASH, PRICING)));
        assertEquals(List.of(CASH, PRICING), shown(PLUGIN + ".menu", false), "level 5: menu bar");
        assertEquals(List.of(PLUGIN + ".toolbar.cashRegister"), shown(PLUGIN + ".toolbar", true));
        assertEquals(List.of(CASH_VIEW, PRICING_VIEW), views().stream().sorted().toList());
        assertEquals(List.of(true, true, false), List.of(identifierEnabled(CASH), identifierEnabled(PRICING), identifierEnabled(BILLING)));
        Screenshots.of(window.getShell(), "levels-workbench-level-5");
        refusedCommand(handlers, BILLING);

        logInAs(loggedIn.user());
        Ui.waitFor(display, 10_000, () -> shown(PLUGIN + ".menu", false).equals(List.of(CASH, PRICING, BILLING)));
        assertEquals(List.of(CASH, PRICING, BILLING), shown(PLUGIN + ".menu", false), "level 9: menu bar");
        assertEquals(List.of(PLUGIN + ".toolbar.cashRegister", PLUGIN + ".toolbar.billing"), shown(PLUGIN + ".toolbar", true));
        assertEquals(List.of(BILLING_VIEW, CASH_VIEW, PRICING_VIEW), views().stream().sorted().toList());
        assertEquals(List.of(true, true, true), List.of(identifierEnabled(CASH), identifierEnabled(PRICING), identifierEnabled(BILLING)));
        assertTrue(shown("org.castellan.menu.ui.menu", false).contains("org.castellan.menu.ui.commands.definition"));
        Screenshots.of(window.getShell(), "levels-workbench-level-9");
        handlers.executeCommand(BILLING, null);
        assertNotNull(window.getActivePage().findView(BILLING_VIEW));
        window.getActivePage().hideView(window.getActivePage().findView(BILLING_VIEW));
    }

    @Test
    void anOptionNeedsItsRightsTooOnEveryPathAndARoleChangeReachesTheOpenWindow() throws Exception {
        UserAdministration users = Installations.service(UserAdministration.class);
        RoleAdministration roles = Installations.service(RoleAdministration.class);
        AuthenticatedUser trainee = users.createUser(loggedIn.user(), new NewUser("trainee", "Tina Trainee", null, false, false, 5, PASSWORD.toCharArray()));
        roles.createRole(loggedIn.user(), "Pricing only", null, Set.of(PRICING_RIGHT));
        roles.assign(loggedIn.user(), "trainee", "Pricing only");
        IHandlerService handlers = window.getService(IHandlerService.class);
        logInAs(trainee);
        assertTrue(Ui.waitFor(display, 10_000, () -> shown(PLUGIN + ".menu", false).equals(List.of(PRICING))));
        assertEquals(List.of(PRICING), shown(PLUGIN + ".menu", false), "level 5 without the right cash: no cash register");
        assertEquals(List.of(), shown(PLUGIN + ".toolbar", true));
        assertEquals(List.of(), perspectives(), "the pharmacy perspective needs cash");
        assertEquals(List.of(PRICING_VIEW), views());
        // Hidden by an expression-bound activity: the registries themselves no longer hand them out, so
        // Open Perspective and Show View (with "Show all" too) do not list them, and opening by id fails.
        assertNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PERSPECTIVE));
        assertNull(PlatformUI.getWorkbench().getViewRegistry().find(CASH_VIEW));
        assertThrows(WorkbenchException.class, () -> PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, window));
        assertNotEquals(PERSPECTIVE, window.getActivePage().getPerspective().getId());
        assertEquals("\"Cash register\" needs the right Use the cash register, which none of your roles gives. Ask an administrator if you need it.",
                refusedCommand(handlers, CASH));
        Screenshots.of(window.getShell(), "levels-rights-trainee");

        // A view the page opens by id without asking the registry: closed at once, and refused with the reason.
        assertTrue(refusedWith(() -> {
            try {
                window.getActivePage().showView(CASH_VIEW);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }).contains("Use the cash register"));
        assertTrue(Ui.waitFor(display, 10_000, () -> window.getActivePage().findView(CASH_VIEW) == null), "the view was closed");

        // An administrator gives the right: the open window follows.
        roles.grant(loggedIn.user(), "Pricing only", CASH_RIGHT);
        assertTrue(Ui.waitFor(display, 20_000, () -> shown(PLUGIN + ".menu", false).equals(List.of(CASH, PRICING))), "granted: the window follows");
    }

    @Test
    void theMainMenuDefinitionShowsAndEditsTheRightsAnOptionRequires() throws Exception {
        logInAs(loggedIn.user());
        IHandlerService handlers = window.getService(IHandlerService.class);
        MainMenuDefinitionEditor editor = (MainMenuDefinitionEditor) handlers.executeCommand("org.castellan.menu.ui.commands.definition", null);
        assertEquals("Change prices", editor.shownRights("org.castellan.example.pharmacy.pricing"));
        assertFalse(editor.shownInRed("org.castellan.example.pharmacy.pricing"));
        editor.editRights("org.castellan.example.pharmacy.billing", List.of(BILLING_RIGHT, PRICING_RIGHT));
        assertTrue(editor.isDirty());
        Ui.settle(display, 200);
        Screenshots.of(window.getShell(), "levels-main-menu-definition-rights");
        editor.doSave(null);
        assertEquals("", editor.problem());
        assertEquals(List.of(BILLING_RIGHT, PRICING_RIGHT), Installations.service(MenuLevels.class).definition()
                .option("org.castellan.example.pharmacy.billing").orElseThrow().rights());
        window.getActivePage().closeAllEditors(false);
    }

    @Test
    void aPartnersCommandWhoseHandlerIgnoresLevelsIsRefusedByIdBelowTheDefaultLevel() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Category category = commands.getCategory("org.castellan.app.tests.partner");
        category.define("Partner", null);
        Command command = commands.getCommand("org.castellan.app.tests.partner.unguarded");
        command.define("Unguarded", "A partner's command no option declares, its handler unaware of levels", category);
        int[] runs = { 0 };
        IHandlerActivation plain = handlers.activateHandler(command.getId(), new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                return ++runs[0];
            }
        });
        MenuLevels menu = Installations.service(MenuLevels.class);
        try {
            menu.setDefaultLevel(loggedIn.user(), 5);
            logInAs(clerk);
            assertTrue(refusedCommand(handlers, command.getId()).contains("the installation's default"), "level 0 under default 5");
            assertEquals(0, runs[0], "the partner's handler never ran");

            logInAs(manager);
            assertEquals(1, handlers.executeCommand(command.getId(), null), "level 5 may run it");
        } finally {
            menu.setDefaultLevel(loggedIn.user(), 0);
            handlers.deactivateHandler(plain);
            command.undefine();
            category.undefine();
        }
    }

    @Test
    void aLevelChangedInTheMainMenuDefinitionAppliesToTheOpenWindowWithoutRestart() throws Exception {
        logInAs(loggedIn.user());
        IHandlerService handlers = window.getService(IHandlerService.class);
        MainMenuDefinitionEditor editor = (MainMenuDefinitionEditor) handlers.executeCommand("org.castellan.menu.ui.commands.definition", null);
        Map<String, String> shown = editor.shown();
        assertEquals("7;false", shown.get("org.castellan.example.pharmacy.billing"));
        assertEquals("0;false", shown.get("org.castellan.menu.exit"));
        editor.edit("org.castellan.example.pharmacy.billing", 12, false);
        editor.doSave(null);
        assertTrue(editor.problem().startsWith("Not saved: The level 12 of org.castellan.example.pharmacy.billing is outside 0-9."),
                editor.problem());
        // Typed into the level cell, as administrators do, then Enter: taken, or refused with what to type.
        String beforeTyping = editor.shown().get("org.castellan.example.pharmacy.billing");
        typeLevel(editor, "org.castellan.example.pharmacy.billing", "12");
        assertEquals(beforeTyping, editor.shown().get("org.castellan.example.pharmacy.billing"), "a level out of 0-9 typed is not taken");
        assertTrue(editor.problem().contains("The level \"12\" is not one of 0 to 9"), editor.problem());
        typeLevel(editor, "org.castellan.example.pharmacy.billing", "5");
        assertEquals("5;false", editor.shown().get("org.castellan.example.pharmacy.billing"), "the level typed is taken");
        assertTrue(editor.isDirty());
        editor.setExpert(true);
        editor.editDetails("org.castellan.example.pharmacy.billing", new OptionDetails(35, "Billing and invoices", "[0.1,9.0)", Scope.BOTH));
        Ui.settle(display, 200);
        Screenshots.of(window.getShell(), "levels-main-menu-definition");
        editor.doSave(null);
        assertEquals("", editor.problem());
        assertFalse(editor.isDirty());
        assertEquals("Billing and invoices", Installations.service(MenuLevels.class).definition().option("org.castellan.example.pharmacy.billing")
                .orElseThrow().option().label(), "expert mode saved the description");
        window.getActivePage().closeAllEditors(false);

        logInAs(manager);
        assertEquals(List.of(CASH, PRICING, BILLING), shown(PLUGIN + ".menu", false), "billing lowered to 5");

        // An administrator (here through the service, as another workstation's editor would) raises the
        // cash register while the manager works: his open window follows.
        MenuLevels menu = Installations.service(MenuLevels.class);
        long before = state().applied();
        long start = System.nanoTime();
        menu.save(loggedIn.user(), List.of(new LevelChange("org.castellan.example.pharmacy.cashRegister", 6, false)), menu.revision());
        assertTrue(Ui.waitFor(display, 20_000, () -> state().applied() > before && !shown(PLUGIN + ".menu", false).contains(CASH)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        settleActivities();
        assertEquals(List.of(PRICING, BILLING), shown(PLUGIN + ".menu", false));
        assertFalse(identifierEnabled(CASH_VIEW));
        Files.writeString(Screenshots.folder().resolve("levels-apply-to-open-window.txt"), millis + " ms from save to the open window's menu\n");
    }

    /** Types into an option's level cell and presses Enter, as an administrator does. */
    private void typeLevel(MainMenuDefinitionEditor editor, String optionId, String typed) {
        editor.startEditingLevel(optionId);
        Ui.settle(display, 200);
        CCombo cell = Ui.all(window.getShell()).stream().filter(c -> c instanceof CCombo && c.isVisible()).map(CCombo.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the level cell did not open for editing"));
        cell.setText(typed);
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.settle(display, 200);
    }

    @Test
    void optionsThatAskForThePasswordNeedASupervisorsAndWrongOnesAreRefusedInTheDialog() throws Exception {
        logInAs(manager);
        IHandlerService handlers = window.getService(IHandlerService.class);
        boolean[] refusedShown = { false };
        Ui.whenShellOpens(display, Messages.askPasswordShell, failures, dialog -> {
            Ui.type(Ui.text(dialog, SupervisorPasswordDialog.LOGIN), Installations.LOGIN);
            Ui.type(Ui.text(dialog, SupervisorPasswordDialog.PASSWORD), "Wrong-pass-99");
            Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
            Ui.settle(display, 200);
            refusedShown[0] = !dialog.isDisposed() && Ui.text(dialog, SupervisorPasswordDialog.PASSWORD).getText().isEmpty();
            Screenshots.of(dialog, "levels-ask-password-refused");
            Ui.type(Ui.text(dialog, SupervisorPasswordDialog.PASSWORD), Installations.PASSWORD);
            Screenshots.of(dialog, "levels-ask-password");
            Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
        });
        handlers.executeCommand(PRICING, null);
        assertEquals(List.of(), failures);
        assertTrue(refusedShown[0]);
        assertFalse(Ui.shellOpen(display, Messages.askPasswordShell), "closed after the supervisor's password");
        assertNotNull(window.getActivePage().findView(PRICING_VIEW), "then the option opened");
        window.getActivePage().hideView(window.getActivePage().findView(PRICING_VIEW));

        Ui.whenShellOpens(display, Messages.askPasswordShell, failures, dialog -> Ui.click(Ui.button(dialog, IDialogConstants.CANCEL_ID)));
        handlers.executeCommand(PRICING, null);
        assertEquals(List.of(), failures);
        assertEquals(null, window.getActivePage().findView(PRICING_VIEW), "Cancel opens nothing");
        assertThrows(ExecutionException.class, () -> new org.castellan.example.pharmacy.ShowViewHandler().execute(
                new org.eclipse.core.commands.ExecutionEvent(PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                        .getCommand(BILLING), Map.of(), null, null)), "called directly, the handler asks the service, which refuses");
        IWorkbench workbench = PlatformUI.getWorkbench();
        assertNotNull(workbench);
    }

    @Test
    void installNewSoftwareAndCheckForUpdatesAreForAdministratorsOnly() throws Exception {
        String install = "org.castellan.update.ui.commands.install";
        String update = "org.castellan.update.ui.commands.update";
        IHandlerService handlers = window.getService(IHandlerService.class);
        AuthenticatedUser supervisor = Installations.service(UserAdministration.class).createUser(loggedIn.user(),
                new NewUser("supervisor", "Sam Supervisor", null, false, false, 9, PASSWORD.toCharArray()));

        // The Help menu's items follow the visible set (the workbench fills Help when it opens; the
        // product test looks at it on screen).
        logInAs(manager);
        assertEquals(List.of(false, false), List.of(state().visible(update), state().visible(install)), "level 5 sees neither");
        refusedCommand(handlers, install);
        refusedCommand(handlers, update);

        logInAs(loggedIn.user());
        assertEquals(List.of(true, true), List.of(state().visible(update), state().visible(install)), "an administrator sees both");
        // For the administrator the command opens p2's install wizard (its "Work with" page).
        Display display = window.getShell().getDisplay();
        new DialogScript(display).thenShellTitled("Install", wizard -> {
            Ui.settle(display, 500);
            Screenshots.of(wizard, "install-new-software");
            assertTrue(Ui.shownTexts(wizard).stream().anyMatch(t -> t.replace("&", "").startsWith("Work with")), () -> String.join(" | ", Ui.shownTexts(wizard)));
            wizard.close();
        }).run(() -> {
            try {
                handlers.executeCommand(install, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        // Level 9 without the right "Administer security": the level allows, the handlers refuse.
        logInAs(supervisor);
        assertEquals(List.of(true, true), List.of(state().visible(update), state().visible(install)));
        for (String command : List.of(install, update)) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> handlers.executeCommand(command, null), command);
            assertEquals(org.eclipse.osgi.util.NLS.bind(org.castellan.update.ui.internal.Messages.notAdministrator, "supervisor"),
                    refused.getMessage());
        }
    }
}
