package org.castellan.backup;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A backup that was written, verified and marked good.
 *
 * @param backup       the good backup
 * @param removed      older backups retention removed from the medium
 * @param writing      time spent writing the backup (database, configuration, data sets, packing)
 * @param verifying    time spent verifying it (checksums, booting the copy, checking every table)
 * @param removable    whether the medium is removable: the person may take it out once told so
 * @param shuttingDown whether the shutdown command was started
 *
 * @since 0.1
 */
public record BackupResult(BackupRecord backup, List<BackupRecord> removed, Duration writing, Duration verifying, boolean removable,
        boolean shuttingDown) {

    public BackupResult {
        Objects.requireNonNull(backup);
        removed = List.copyOf(removed);
    }
}
