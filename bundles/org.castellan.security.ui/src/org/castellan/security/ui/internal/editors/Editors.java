package org.castellan.security.ui.internal.editors;

import org.castellan.security.ui.internal.editors.SecurityEditorInput.Kind;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.castellan.security.ui.internal.Messages;

/** Opens the editor of a user, role or group, or activates it when it is open already. */
public final class Editors {

    private Editors() {
    }

    public static IEditorPart openUser(IWorkbenchPage page, String login) {
        return open(page, Kind.USER, login);
    }

    public static IEditorPart openRole(IWorkbenchPage page, String name) {
        return open(page, Kind.ROLE, name);
    }

    public static IEditorPart openGroup(IWorkbenchPage page, String name) {
        return open(page, Kind.GROUP, name);
    }

    static IEditorPart open(IWorkbenchPage page, Kind kind, String key) {
        try {
            return page.openEditor(new SecurityEditorInput(kind, key), kind.editorId);
        } catch (PartInitException e) {
            ILog.of(Editors.class).error(e.getMessage(), e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle, e.getMessage());
            return null;
        }
    }
}
