package org.castellan.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The identity marker written on a medium when it is initialised for an installation:
 * {@value #FILE} at the medium's root.
 *
 * @param mediumId       random identifier of this medium, remembered by the installation
 * @param installationId the installation it was initialised for
 * @param installationName its name when initialised, to name it in messages
 * @param initialised    when
 * @param filesystemUuid the filesystem's UUID when the system gave one; a marker copied to another
 *                       disk is then recognised as such
 * @param filesystemLabel the filesystem's label when it has one
 */
record MediumMarker(String mediumId, String installationId, String installationName, Instant initialised,
        Optional<String> filesystemUuid, Optional<String> filesystemLabel) {

    static final String FILE = "castellan-medium.properties"; //$NON-NLS-1$

    private static final String MEDIUM_ID = "medium.id"; //$NON-NLS-1$
    private static final String INSTALLATION_ID = "installation.id"; //$NON-NLS-1$
    private static final String INSTALLATION_NAME = "installation.name"; //$NON-NLS-1$
    private static final String INITIALISED = "initialised"; //$NON-NLS-1$
    private static final String UUID = "filesystem.uuid"; //$NON-NLS-1$
    private static final String LABEL = "filesystem.label"; //$NON-NLS-1$

    /** The marker of a directory, empty when it has none; a damaged marker is an IOException. */
    static Optional<MediumMarker> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = PropertiesFiles.load(file);
        String medium = p.getProperty(MEDIUM_ID);
        String installation = p.getProperty(INSTALLATION_ID);
        if (medium == null || installation == null) {
            throw new IOException(FILE + " lacks " + (medium == null ? MEDIUM_ID : INSTALLATION_ID)); //$NON-NLS-1$
        }
        try {
            return Optional.of(new MediumMarker(medium.trim(), installation.trim(), p.getProperty(INSTALLATION_NAME, ""), //$NON-NLS-1$
                    Instant.parse(p.getProperty(INITIALISED, Instant.EPOCH.toString()).trim()), optional(p, UUID), optional(p, LABEL)));
        } catch (DateTimeParseException e) {
            throw new IOException(FILE + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static Optional<String> optional(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** Writes the marker through a temporary file, so a medium never holds half a marker. */
    void write(Path directory) throws IOException {
        Properties p = new Properties();
        p.setProperty(MEDIUM_ID, mediumId);
        p.setProperty(INSTALLATION_ID, installationId);
        p.setProperty(INSTALLATION_NAME, installationName);
        p.setProperty(INITIALISED, initialised.toString());
        filesystemUuid.ifPresent(v -> p.setProperty(UUID, v));
        filesystemLabel.ifPresent(v -> p.setProperty(LABEL, v));
        Path temporary = directory.resolve(FILE + ".tmp"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(temporary)) {
            p.store(out, "Castellan backup medium: do not edit, do not copy to another disk"); //$NON-NLS-1$
        }
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
