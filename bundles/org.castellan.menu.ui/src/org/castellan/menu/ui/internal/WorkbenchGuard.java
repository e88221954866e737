package org.castellan.menu.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.WorkbenchFollower;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListenerWithChecks;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;

/**
 * The last line behind the activities and the command veto: whatever way a hidden view, editor or
 * perspective opens anyway (restored state, {@code showView} or {@code openEditor} called by id,
 * a perspective reached through a path the activities miss), it is closed at once, and a command
 * the veto refused (a key binding, {@code executeCommand} by id) is answered. Each such attempt is
 * refused by the service, which journals it, and the user is told why. When the user's visible set
 * shrinks (an administrator's change) what he may no longer see closes quietly.
 */
final class WorkbenchGuard implements IPartListener2, IPerspectiveListener, IExecutionListenerWithChecks {

    private final LevelState state;
    private final WorkbenchFollower windows = new WorkbenchFollower(this, this);
    private IWorkbench installed;
    /** Refusals waiting to be shown together, so that several closed parts give one dialog. */
    private final Set<String> pendingMessages = new LinkedHashSet<>();
    private boolean showing;
    /**
     * Set while the guard itself closes parts: closing the active perspective activates another and
     * opens its views, which are consequences, not the user's attempts.
     */
    private boolean closing;

    WorkbenchGuard(LevelState state) {
        this.state = state;
    }

    /** Follows every window of the workbench from now on, then closes what the user may no longer see; UI thread. */
    void apply(IWorkbench workbench) {
        if (installed == null) {
            installed = workbench;
            windows.follow(workbench);
            workbench.getService(ICommandService.class).addExecutionListener(this);
        }
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                quietly(() -> closeHidden(page));
            }
        }
    }

    private void quietly(Runnable closing) {
        boolean outer = this.closing;
        this.closing = true;
        try {
            closing.run();
        } finally {
            this.closing = outer;
        }
    }

    /** Perspectives first: closing one may bring another, and its views. */
    private void closeHidden(IWorkbenchPage page) {
        for (IPerspectiveDescriptor perspective : page.getOpenPerspectives()) {
            if (!state.visible(perspective.getId())) {
                closePerspective(page, perspective);
            }
        }
        for (IViewReference view : page.getViewReferences()) {
            if (!state.visible(view.getId())) {
                page.hideView(view);
            }
        }
        List<IEditorReference> editors = new ArrayList<>();
        for (IEditorReference editor : page.getEditorReferences()) {
            if (!state.visible(editor.getId())) {
                editors.add(editor);
            }
        }
        if (!editors.isEmpty()) {
            page.closeEditors(editors.toArray(IEditorReference[]::new), false);
        }
    }

    private static void closePerspective(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        boolean active = perspective.equals(page.getPerspective());
        page.closePerspective(perspective, false, false);
        if (active && page.getPerspective() == null) {
            page.setPerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry().getDefaultPerspective()));
        }
    }

    /** Asks the service, which journals the refusal and says why; shows it once the current event is over. */
    private void refuse(String contributionId) {
        Optional<AuthenticatedUser> user = state.user();
        Optional<MenuLevels> menu = state.menu();
        if (user.isEmpty() || menu.isEmpty()) {
            return;
        }
        try {
            menu.get().require(user.get(), contributionId);
            state.requestRefresh(); // allowed after all: the visible set was stale
        } catch (MenuException e) {
            show(e.getMessage());
        }
    }

    /** One dialog at a time; refusals that come while it is open follow in the next one. */
    private void show(String message) {
        Display display = Display.getCurrent();
        if (display == null || !pendingMessages.add(message) || showing) {
            return;
        }
        showing = true;
        display.asyncExec(() -> {
            try {
                while (!pendingMessages.isEmpty()) {
                    String text = String.join("\n\n", pendingMessages); //$NON-NLS-1$
                    pendingMessages.clear();
                    MessageDialog.openInformation(display.getActiveShell(), Messages.refusedTitle, text);
                }
            } finally {
                showing = false;
            }
        });
    }

    @Override
    public void partOpened(IWorkbenchPartReference part) {
        if (state.visible(part.getId())) {
            return;
        }
        if (!closing) {
            refuse(part.getId());
        }
        IWorkbenchPage page = part.getPage();
        Display.getCurrent().asyncExec(() -> quietly(() -> {
            if (part instanceof IViewReference view) {
                page.hideView(view);
            } else if (part instanceof IEditorReference editor) {
                page.closeEditors(new IEditorReference[] { editor }, false);
            }
        }));
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        if (state.visible(perspective.getId())) {
            return;
        }
        if (!closing) {
            refuse(perspective.getId());
        }
        Display.getCurrent().asyncExec(() -> quietly(() -> closeHidden(page)));
    }

    @Override
    public void notEnabled(String commandId, NotEnabledException exception) {
        if (!state.visible(commandId)) {
            refuse(commandId);
        }
    }

    @Override
    public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
        // a view shown in it arrives through partOpened
    }

    @Override
    public void notDefined(String commandId, NotDefinedException exception) {
        // not a question of authorization
    }

    @Override
    public void notHandled(String commandId, NotHandledException exception) {
        // not a question of authorization
    }

    @Override
    public void postExecuteFailure(String commandId, ExecutionException exception) {
        // a handler that ran: the service it asked decided
    }

    @Override
    public void postExecuteSuccess(String commandId, Object returnValue) {
        // allowed
    }

    @Override
    public void preExecute(String commandId, ExecutionEvent event) {
        // decided once the workbench knows whether the command is enabled (notEnabled)
    }
}
