package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.app.internal.workbench.CastellanActionBarAdvisor;
import org.castellan.app.internal.workbench.ChangePasswordHandler;
import org.castellan.app.internal.workbench.LogOutHandler;
import org.castellan.app.internal.workbench.SessionSwitch;
import org.castellan.security.UserAdministration;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/** Castellan's main menu, its key bindings and the enablement of its own commands. */
class MenusTest {

    @TempDir
    Path temp;

    @Test
    void fileAndWindowMenusHoldTheStandardActionsAndCastellansCommands() {
        IWorkbenchWindow window = Ui.window();
        MenuManager bar = new MenuManager();
        CastellanActionBarAdvisor advisor = new CastellanActionBarAdvisor(configurer(window, bar));
        advisor.fillActionBars(ActionBarAdvisor.FILL_MENU_BAR);
        try {
            MenuManager file = (MenuManager) bar.find(IWorkbenchActionConstants.M_FILE);
            // null: the unnamed separator before Exit
            assertEquals(Arrays.asList("save", "saveAs", "close", "closeAll", "session", CastellanActionBarAdvisor.CHANGE_PASSWORD_COMMAND,
                    CastellanActionBarAdvisor.LOG_OUT_COMMAND, IWorkbenchActionConstants.MB_ADDITIONS, null, "quit"), ids(file));
            MenuManager windowMenu = (MenuManager) bar.find(IWorkbenchActionConstants.M_WINDOW);
            // additions: where other bundles add theirs (Installation Settings), as Eclipse's Preferences sit there
            assertEquals(Arrays.asList("openPerspective", "showView", null, "resetPerspective", IWorkbenchActionConstants.MB_ADDITIONS),
                    ids(windowMenu));
        } finally {
            advisor.dispose();
        }
    }

    @Test
    void theDefaultKeyConfigurationIsActiveAndCtrlSSaves() throws Exception {
        IWorkbenchWindow window = Ui.window();
        enter(window); // window bindings apply while the window is the active shell, as when a person works in it
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("org.eclipse.ui.defaultAcceleratorConfiguration", bindings.getActiveScheme().getId());
        Binding save = bindings.getPerfectMatch(KeySequence.getInstance("M1+S"));
        assertNotNull(save, "Ctrl+S is bound");
        assertEquals("org.eclipse.ui.file.save", save.getParameterizedCommand().getId());
    }

    @Test
    void ctrlSSavesADirtyEditor() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = Ui.window();
        IWorkbenchPage page = workbench.showPerspective(workbench.getPerspectiveRegistry().getDefaultPerspective(), window);
        DirtyEditor editor = (DirtyEditor) page.openEditor(new DirtyEditor.Input("ctrl-s"), DirtyEditor.ID);
        try {
            editor.makeDirty();
            page.activate(editor);
            Display display = window.getShell().getDisplay();
            enter(window);
            pointAt(display, editor.getSite().getShell());
            Ui.settle(display, 300);
            press(display, SWT.CTRL, 's');
            assertTrue(Ui.waitFor(display, 5_000, () -> editor.saves() == 1), "Ctrl+S saved the editor");
            assertFalse(editor.isDirty());
        } finally {
            page.closeEditor(editor, false);
        }
    }

    /**
     * Makes the window the active shell, as a person's click into it would: an earlier test's
     * dialog may have left no shell active, and without a window manager nothing gives it back.
     */
    private static void enter(IWorkbenchWindow window) {
        org.eclipse.swt.widgets.Shell shell = window.getShell();
        shell.forceActive();
        assertTrue(Ui.waitFor(shell.getDisplay(), 5_000, () -> shell.getDisplay().getActiveShell() == shell),
                () -> "the window did not become active; active: " + shell.getDisplay().getActiveShell());
    }

    /**
     * Puts the pointer over the shell: without a window manager (Xvfb) the X server sends the keyboard
     * to the window under the pointer, wherever an earlier test or the start left it.
     */
    private static void pointAt(Display display, org.eclipse.swt.widgets.Shell shell) {
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = bounds.x + bounds.width / 2;
        move.y = bounds.y + bounds.height / 2;
        display.post(move);
        Ui.settle(display, 100);
    }

    /** Types a key with a modifier through the display's event queue, as the keyboard would. */
    private static void press(Display display, int modifier, char key) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event modifierEvent = new Event();
            modifierEvent.type = type;
            modifierEvent.keyCode = modifier;
            Event keyEvent = new Event();
            keyEvent.type = type;
            keyEvent.character = key;
            if (type == SWT.KeyDown) {
                display.post(modifierEvent);
                display.post(keyEvent);
            } else {
                display.post(keyEvent);
                display.post(modifierEvent);
            }
            Ui.settle(display, 50);
        }
    }

    @Test
    void changePasswordIsForEveryoneButTheGuestAndLogOutNeedsCastellansWorkbench() throws Exception {
        assertFalse(new LogOutHandler().isEnabled(), "no Castellan session in another application's workbench");
        assertFalse(new ChangePasswordHandler().isEnabled());
        try (LoggedIn loggedIn = Installations.create(temp.resolve("menus"), "Menus", null)) {
            SessionSwitch admin = new SessionSwitch(loggedIn.store(), "Menus", loggedIn.publishSession(), AdministrationPerspective.ID,
                    workbench -> { });
            ServiceRegistration<?> registration = admin.register(Installations.context());
            try {
                assertTrue(new ChangePasswordHandler().isEnabled());
                assertTrue(new LogOutHandler().isEnabled());
            } finally {
                registration.unregister();
            }
            Installations.service(UserAdministration.class).setGuestAccess(loggedIn.user(), true);
            SessionSwitch guest = new SessionSwitch(loggedIn.store(), "Menus",
                    loggedIn.store().publishSession("Menus", loggedIn.store().accounts().loginAsGuest()), AdministrationPerspective.ID,
                    workbench -> { });
            registration = guest.register(Installations.context());
            try {
                assertTrue(guest.guest());
                assertFalse(new ChangePasswordHandler().isEnabled(), "the guest has no password to change");
                assertTrue(new LogOutHandler().isEnabled());
            } finally {
                registration.unregister();
            }
        }
    }

    private static List<String> ids(MenuManager menu) {
        return Arrays.stream(menu.getItems()).map(IContributionItem::getId).collect(java.util.stream.Collectors.toList());
    }

    /** The two configurers an action bar advisor reads, on the harness's window and a fresh menu bar. */
    private static IActionBarConfigurer configurer(IWorkbenchWindow window, MenuManager bar) {
        IWorkbenchWindowConfigurer windowConfigurer = (IWorkbenchWindowConfigurer) Proxy.newProxyInstance(
                MenusTest.class.getClassLoader(), new Class<?>[] { IWorkbenchWindowConfigurer.class },
                (proxy, method, args) -> "getWindow".equals(method.getName()) ? window : null);
        return (IActionBarConfigurer) Proxy.newProxyInstance(MenusTest.class.getClassLoader(),
                new Class<?>[] { IActionBarConfigurer.class }, (proxy, method, args) -> switch (method.getName()) {
                case "getWindowConfigurer" -> windowConfigurer;
                case "getMenuManager" -> bar;
                default -> null;
                });
    }
}
