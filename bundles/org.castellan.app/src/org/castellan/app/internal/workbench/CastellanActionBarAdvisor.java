package org.castellan.app.internal.workbench;

import org.castellan.app.internal.Messages;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The main menu. File: Save, Save As…, Close, Close All, Change Password…, Log Out…, Exit; Window:
 * Open Perspective, Show View, Reset Perspective; Help (id {@value IWorkbenchActionConstants#M_HELP},
 * group {@code additions}: the software-update commands). The workbench's own actions carry their command
 * ids, so editors get Ctrl+S and the dirty-state handling, and the standard key bindings apply.
 * Other bundles contribute to the File menu (id {@value IWorkbenchActionConstants#M_FILE}, before
 * Exit: group {@code additions}) and add menus of their own through {@code org.eclipse.ui.menus}.
 */
public final class CastellanActionBarAdvisor extends ActionBarAdvisor {

    /** Command ids, declared in plugin.xml. */
    public static final String CHANGE_PASSWORD_COMMAND = "org.castellan.app.commands.changePassword"; //$NON-NLS-1$
    public static final String LOG_OUT_COMMAND = "org.castellan.app.commands.logOut"; //$NON-NLS-1$

    /** Group of the File menu holding Change Password… and Log Out…. */
    static final String SESSION_GROUP = "session"; //$NON-NLS-1$

    private ActionFactory.IWorkbenchAction save;
    private ActionFactory.IWorkbenchAction saveAs;
    private ActionFactory.IWorkbenchAction close;
    private ActionFactory.IWorkbenchAction closeAll;
    private ActionFactory.IWorkbenchAction exit;
    private ActionFactory.IWorkbenchAction resetPerspective;
    private IContributionItem changePassword;
    private IContributionItem logOut;
    private IContributionItem perspectives;
    private IContributionItem views;

    public CastellanActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = action(ActionFactory.SAVE, window);
        saveAs = action(ActionFactory.SAVE_AS, window);
        close = action(ActionFactory.CLOSE, window);
        closeAll = action(ActionFactory.CLOSE_ALL, window);
        exit = action(ActionFactory.QUIT, window);
        resetPerspective = action(ActionFactory.RESET_PERSPECTIVE, window);
        // In no menu, but registered: Ctrl+C reaches the copy handler a view sets (the Users view's
        // rows, a report's table); without it Edit > Copy has no handler in the product.
        action(ActionFactory.COPY, window);
        changePassword = command(window, CHANGE_PASSWORD_COMMAND, Messages.menuChangePassword);
        logOut = command(window, LOG_OUT_COMMAND, Messages.menuLogOut);
        perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
        views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private ActionFactory.IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window) {
        ActionFactory.IWorkbenchAction action = factory.create(window);
        register(action); // binds its key (Ctrl+S...) through its definition id
        return action;
    }

    private static IContributionItem command(IWorkbenchWindow window, String commandId, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, commandId, commandId,
                CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new CommandContributionItem(parameter);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(save);
        file.add(saveAs);
        file.add(close);
        file.add(closeAll);
        file.add(new Separator(SESSION_GROUP));
        file.add(changePassword);
        file.add(logOut);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(exit);
        menuBar.add(file);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager openPerspective = new MenuManager(Messages.menuOpenPerspective, "openPerspective"); //$NON-NLS-1$
        openPerspective.add(perspectives);
        window.add(openPerspective);
        MenuManager showView = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
        showView.add(views);
        window.add(showView);
        window.add(new Separator());
        window.add(resetPerspective);
        // Filled by other bundles (Installation Settings), as Eclipse's Preferences sit here.
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);

        // Filled by other bundles (Install New Software…, Check for Updates); hidden while empty.
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}
