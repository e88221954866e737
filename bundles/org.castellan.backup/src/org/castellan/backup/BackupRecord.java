package org.castellan.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A good backup on a medium: verified and marked good (its folder has its final name).
 *
 * @param folder     the backup's folder on the medium
 * @param created    when it was taken
 * @param compressed whether it is one compressed archive
 * @param encrypted  whether a passphrase is needed to restore it
 * @param dataSets   the optional data sets it holds
 * @param bytes      its size on the medium
 *
 * @since 0.1
 */
public record BackupRecord(Path folder, Instant created, boolean compressed, boolean encrypted, Set<String> dataSets, long bytes) {

    public BackupRecord {
        Objects.requireNonNull(folder);
        Objects.requireNonNull(created);
        dataSets = Set.copyOf(dataSets);
    }

    /** The folder's name, which is also how a person names it (for example castellan-20261122-080000). */
    public String name() {
        return folder.getFileName().toString();
    }
}
