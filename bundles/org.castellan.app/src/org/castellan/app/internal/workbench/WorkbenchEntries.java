package org.castellan.app.internal.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.castellan.audit.AuditJournal;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.WorkbenchFollower;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListenerWithChecks;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.commands.ICommandService;

/**
 * Journals where users go in the workbench, for the audit: each menu option run (a command whose
 * handler ran, never one refused before it could), perspective shown, view and editor opened, with
 * the user logged in at that moment. What the user's authorization hides is not an entry: the
 * workbench closes it and the menu service journals it as a refusal. A row that cannot be written
 * is logged: the workbench keeps working (entries change nothing).
 */
public final class WorkbenchEntries implements IExecutionListenerWithChecks, IPartListener2, IPerspectiveListener {

    private final Supplier<Optional<AuditJournal>> journal;
    private final Supplier<AuthenticatedUser> user;
    private final WorkbenchFollower windows = new WorkbenchFollower(this, this);
    /**
     * The commands about to run, journaled once their handler has run, for the user who ran them:
     * Log Out's handler returns once the next user has logged in.
     */
    private final Map<String, Starting> starting = new HashMap<>();

    private record Starting(String label, AuthenticatedUser user) {
    }

    public WorkbenchEntries(Supplier<Optional<AuditJournal>> journal, Supplier<AuthenticatedUser> user) {
        this.journal = journal;
        this.user = user;
    }

    /** Follows every window of {@code workbench}, those open now and those opened later. */
    public void install(IWorkbench workbench) {
        workbench.getService(ICommandService.class).addExecutionListener(this);
        windows.follow(workbench);
    }

    public void uninstall(IWorkbench workbench) {
        workbench.getService(ICommandService.class).removeExecutionListener(this);
        windows.unfollow(workbench);
    }

    private void entered(String kind, String id, String label) {
        entered(user.get(), kind, id, label);
    }

    private void entered(AuthenticatedUser who, String kind, String id, String label) {
        Optional<AuditJournal> audit = journal.get();
        if (audit.isEmpty() || who == null) {
            return;
        }
        try {
            audit.get().entered(who, kind, id, label);
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    public void preExecute(String commandId, ExecutionEvent event) {
        String label = commandId;
        try {
            label = event.getCommand().getName();
        } catch (NotDefinedException e) {
            // the id tells it as well
        }
        starting.put(commandId, new Starting(label, user.get()));
    }

    private void ran(String commandId) {
        Starting command = starting.remove(commandId);
        if (command != null) {
            entered(command.user(), "menu", commandId, command.label()); //$NON-NLS-1$
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference part) {
        IWorkbench workbench = part.getPage().getWorkbenchWindow().getWorkbench();
        Object descriptor = part instanceof IViewReference ? workbench.getViewRegistry().find(part.getId())
                : workbench.getEditorRegistry().findEditor(part.getId());
        if (descriptor == null || !WorkbenchActivityHelper.restrictUseOf(descriptor)) {
            entered(part instanceof IViewReference ? "view" : "editor", part.getId(), part.getPartName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        if (!WorkbenchActivityHelper.restrictUseOf(perspective)) {
            entered("perspective", perspective.getId(), perspective.getLabel()); //$NON-NLS-1$
        }
    }

    @Override
    public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
        // only entering a perspective is journaled
    }

    @Override
    public void notHandled(String commandId, NotHandledException exception) {
        starting.remove(commandId);
    }

    @Override
    public void notDefined(String commandId, NotDefinedException exception) {
        starting.remove(commandId);
    }

    @Override
    public void notEnabled(String commandId, NotEnabledException exception) {
        starting.remove(commandId); // refused (the user's authorization, or not possible now): not entered
    }

    @Override
    public void postExecuteFailure(String commandId, ExecutionException exception) {
        ran(commandId);
    }

    @Override
    public void postExecuteSuccess(String commandId, Object returnValue) {
        ran(commandId);
    }
}
