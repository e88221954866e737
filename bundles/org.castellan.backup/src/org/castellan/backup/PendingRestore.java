package org.castellan.backup;

import java.nio.file.Path;

/**
 * A restore over the current installation, prepared while it is still open: the current one was
 * backed up first, and the restored one waits, verified, next to it. {@link #complete()} swaps
 * them once the caller has closed the installation (its store, its lock), or
 * {@link #completeWhenClosed()} once its store is closed; until then nothing of the current
 * installation has changed, and {@link #abandon()} removes the prepared copy.
 *
 * @since 0.1
 */
public interface PendingRestore {

    /** The installation folder that will be replaced. */
    Path folder();

    /** The safety backup of the current installation, taken before anything was prepared. */
    BackupRecord safetyBackup();

    /**
     * Moves the current installation aside (kept, never deleted) and the restored one into its
     * place. Call it after closing the installation.
     *
     * @return where the previous installation was moved
     * @throws BackupException if the installation is still open or a move fails; the current
     *                         installation is then left (or put back) in place
     */
    Path complete() throws BackupException;

    /**
     * Completes the restore as soon as the installation's store is closed (the application closes
     * it as it ends, a restart included), and logs where the previous installation was moved or
     * why it stayed. A restore waiting this way before is abandoned: the last one prepared wins.
     */
    void completeWhenClosed();

    /** Removes the prepared copy and leaves the current installation as it is. */
    void abandon();
}
