package org.castellan.backup;

import java.util.Objects;
import java.util.Set;

/**
 * The options of the next backups, remembered in the installation's settings so that after the
 * first time a backup is "Backup", "OK", "OK". The passphrase of encrypted backups is never
 * remembered: it is asked every time.
 *
 * @param compress             pack the backup in one compressed archive
 * @param encrypt              encrypt the backup with a passphrase (AES-GCM, key from Argon2id)
 * @param shutdownWhenFinished run the shutdown command after a successful backup
 * @param dataSets             ids of the optional data sets to include (see {@link DataSet})
 * @param dailyKept            how many daily good backups to keep on the medium (the newest of each day)
 * @param weeklyKept           how many weekly good backups to keep (the newest of each ISO week)
 *
 * @since 0.1
 */
public record BackupOptions(boolean compress, boolean encrypt, boolean shutdownWhenFinished, Set<String> dataSets, int dailyKept,
        int weeklyKept) {

    /** The options of an installation that never backed up: 7 daily and 4 weekly backups, nothing else. */
    public static final BackupOptions DEFAULT = new BackupOptions(false, false, false, Set.of(), 7, 4);

    public BackupOptions {
        dataSets = Set.copyOf(Objects.requireNonNull(dataSets));
        if (dailyKept < 0 || weeklyKept < 0) {
            throw new IllegalArgumentException("retention counts cannot be negative"); //$NON-NLS-1$
        }
    }

    public BackupOptions withDataSets(Set<String> ids) {
        return new BackupOptions(compress, encrypt, shutdownWhenFinished, ids, dailyKept, weeklyKept);
    }

    public BackupOptions withRetention(int daily, int weekly) {
        return new BackupOptions(compress, encrypt, shutdownWhenFinished, dataSets, daily, weekly);
    }
}
