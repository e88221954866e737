package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The backup an installation was restored from, kept in its folder: a restored installation is
 * the state of that backup, so that backup is its last good one until the next. The database is
 * left exactly as the backup holds it (a restore gives every table back as it was), hence a file.
 */
final class RestoredFrom {

    static final String FILE = "restored-from.properties"; //$NON-NLS-1$
    private static final String BACKUP = "backup"; //$NON-NLS-1$
    private static final String CREATED = "created"; //$NON-NLS-1$

    private RestoredFrom() {
    }

    /** Records, in a folder about to become an installation, the backup it is restored from. */
    static void write(Path installation, Path backup, Instant created) throws IOException {
        Properties p = new Properties();
        p.setProperty(BACKUP, backup.toString());
        p.setProperty(CREATED, created.toString());
        PropertiesFiles.store(p, installation.resolve(FILE));
    }

    /** When the backup an installation was restored from was taken; empty when it was never restored (or the file is unreadable). */
    static Optional<Instant> created(Path installation) {
        Path file = installation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(PropertiesFiles.load(file).getProperty(CREATED)).map(String::trim).map(Instant::parse);
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
