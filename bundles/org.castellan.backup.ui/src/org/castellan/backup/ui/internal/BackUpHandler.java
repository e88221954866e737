package org.castellan.backup.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Back Up: the one-click flow from anywhere (menu, key binding, the warning at login). */
public final class BackUpHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        BackupFlow.start(HandlerUtil.getActiveShell(event), () -> {
            // the Backup view refreshes itself when shown
        });
        return null;
    }
}
