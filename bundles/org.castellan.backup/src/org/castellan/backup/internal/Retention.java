package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/**
 * Which good backups to keep: the newest of each of the last {@code daily} days that have one,
 * and the newest of each of the last {@code weekly} ISO weeks that have one. The newest good
 * backup is always kept, whatever the counts.
 */
final class Retention {

    private Retention() {
    }

    /**
     * Removes the good backups of the installation on the medium that the options do not keep.
     * A failure is logged, not thrown: the backup just written is good all the same.
     *
     * @return the backups removed
     */
    static List<BackupRecord> apply(Path medium, String installationId, BackupOptions options, ZoneId zone) {
        List<BackupRecord> removed = new ArrayList<>();
        try {
            for (BackupRecord old : toRemove(BackupFolder.good(medium, installationId), options.dailyKept(), options.weeklyKept(), zone)) {
                // Renamed first: a half-removed backup never looks good.
                Path removing = medium.resolve(BackupFolder.REMOVING + old.name());
                Files.move(old.folder(), removing, StandardCopyOption.ATOMIC_MOVE);
                Trees.deleteQuietly(removing);
                removed.add(old);
            }
        } catch (IOException e) {
            ILog.of(Retention.class).warn(NLS.bind(Messages.retentionFailed, medium, e.getMessage()), e);
        }
        return removed;
    }

    /** The backups to remove, oldest first. */
    static List<BackupRecord> toRemove(List<BackupRecord> good, int daily, int weekly, ZoneId zone) {
        List<BackupRecord> newestFirst = new ArrayList<>(good);
        newestFirst.sort(Comparator.comparing(BackupRecord::created).reversed());
        Set<BackupRecord> kept = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            kept.add(newestFirst.get(0));
        }
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (BackupRecord backup : newestFirst) {
            LocalDate day = backup.created().atZone(zone).toLocalDate();
            if (!days.contains(day) && days.size() < daily) {
                days.add(day);
                kept.add(backup);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); //$NON-NLS-1$
            if (!weeks.contains(week) && weeks.size() < weekly) {
                weeks.add(week);
                kept.add(backup);
            }
        }
        List<BackupRecord> removed = new ArrayList<>(newestFirst);
        removed.removeAll(kept);
        removed.sort(Comparator.comparing(BackupRecord::created));
        return removed;
    }
}
