package org.castellan.backup.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.backup.BackupException;
import org.castellan.backup.PendingRestore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A restore over the current installation waits, prepared and verified, until Castellan has
 * closed the installation (its store and lock): the application closes them when the workbench
 * ends, before the framework stops this bundle, which then puts the restored installation in
 * place. The next start opens it.
 */
public final class PendingRestores implements BundleActivator {

    private static final AtomicReference<PendingRestore> PENDING = new AtomicReference<>();

    static void completeWhenClosed(PendingRestore restore) {
        PendingRestore previous = PENDING.getAndSet(restore);
        if (previous != null) {
            previous.abandon();
        }
    }

    @Override
    public void start(BundleContext context) {
        // nothing waits at start
    }

    @Override
    public void stop(BundleContext context) {
        PendingRestore restore = PENDING.getAndSet(null);
        if (restore == null) {
            return;
        }
        ILog log = ILog.of(getClass());
        try {
            Path aside = restore.complete();
            log.info(NLS.bind(Messages.restoreCompleted, restore.folder(), aside));
        } catch (BackupException e) {
            // the current installation is left (or put back) in place, the prepared copy is kept next to it
            log.error(e.getMessage(), e);
        }
    }
}
