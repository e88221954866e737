package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.PendingRestore;
import org.castellan.store.CastellanStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/** A restore over the current installation, prepared and verified next to it. */
final class PreparedRestore implements PendingRestore {

    /** The restore that completes when its store closes: one at a time in this program, the last one prepared. */
    private static final AtomicReference<PreparedRestore> WAITING = new AtomicReference<>();

    private final CastellanStore store;
    private final Path folder;
    private final Path prepared;
    private final Path aside;
    private final BackupRecord safety;

    PreparedRestore(CastellanStore store, Path folder, Path prepared, Path aside, BackupRecord safety) {
        this.store = store;
        this.folder = folder;
        this.prepared = prepared;
        this.aside = aside;
        this.safety = safety;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public BackupRecord safetyBackup() {
        return safety;
    }

    @Override
    public Path complete() throws BackupException {
        if (CastellanStore.heldOpen(folder)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.stillOpen, folder));
        }
        try {
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.swapFailed, folder, Failures.describe(e)), e);
        }
        try {
            Files.move(prepared, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException back) {
                e.addSuppressed(back);
            }
            throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.swapFailed, folder, Failures.describe(e)), e);
        }
        return aside;
    }

    @Override
    public void completeWhenClosed() {
        PreparedRestore previous = WAITING.getAndSet(this);
        if (previous != null && previous != this) {
            previous.abandon();
        }
        // The store's close, not a bundle's stop: the application closes the store as it ends, whatever the order bundles stop in.
        store.whenClosed(() -> {
            if (WAITING.compareAndSet(this, null)) {
                completeAndLog();
            }
        });
    }

    private void completeAndLog() {
        ILog log = ILog.of(PreparedRestore.class);
        try {
            log.info(NLS.bind(Messages.restoreCompleted, folder, complete()));
        } catch (BackupException e) {
            // the current installation is left (or put back) in place, the prepared copy is kept next to it
            log.error(e.getMessage(), e);
        }
    }

    @Override
    public void abandon() {
        Trees.deleteQuietly(prepared);
    }
}
