package org.castellan.backup.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupService;

/** What the backup remembers of the installation: its options, and when it last backed up well. */
final class Remembered {

    private final InstallationContext installation;

    Remembered(InstallationContext installation) {
        this.installation = installation;
    }

    BackupOptions options() throws BackupException {
        return installation.inTransaction(BackupSettings::options);
    }

    void saveOptions(BackupOptions options) throws BackupException {
        installation.inTransaction(tx -> {
            BackupSettings.save(tx, options);
            return null;
        });
    }

    Optional<Instant> lastGoodBackup() throws BackupException {
        Optional<Instant> recorded = installation.inTransaction(tx -> BackupSettings.read(tx, BackupSettings.LAST_GOOD)).flatMap(v -> {
            try {
                return Optional.of(Instant.parse(v.trim()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
        // A restored installation is the state of the backup it came from (the server's workstation knows which).
        Optional<Instant> restoredFrom = installation.local().flatMap(RestoredFrom::created);
        return Stream.of(recorded, restoredFrom).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    boolean overdue() throws BackupException {
        // Never backed up: overdue once the installation is a day old, so its very first start does not warn.
        Instant since = lastGoodBackup().or(this::created).orElse(Instant.EPOCH);
        return Duration.between(since, installation.clock().instant()).compareTo(BackupService.OVERDUE_AFTER) > 0;
    }

    /** When the installation was created, as its installation.properties says. */
    private Optional<Instant> created() {
        return installation.local().flatMap(folder -> {
            try {
                return Optional.ofNullable(PropertiesFiles.load(folder.resolve("installation.properties")) //$NON-NLS-1$
                        .getProperty("installation.created")).map(String::trim).map(Instant::parse); //$NON-NLS-1$
            } catch (IOException | DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
