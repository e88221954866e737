package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.backup.MediumStatus.State;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;

/**
 * The backup medium: recognised by the marker written when it was initialised for this
 * installation, wherever it is mounted now, never by its path alone; initialised on request; and
 * the good backups it holds.
 */
final class Media {

    private final InstallationContext installation;

    Media(InstallationContext installation) {
        this.installation = installation;
    }

    /** The remembered medium, looked for by its identity wherever it is mounted now. */
    MediumStatus remembered() {
        Optional<String> path;
        try {
            path = installation.store().inTransaction(tx -> BackupSettings.read(tx, BackupSettings.MEDIUM_PATH));
        } catch (StoreException e) {
            return new MediumStatus(State.ABSENT, null, e.getMessage(), Optional.empty(), Optional.empty());
        }
        if (path.isEmpty()) {
            return new MediumStatus(State.ABSENT, null, Messages.noMediumYet, Optional.empty(), Optional.empty());
        }
        Path remembered = Path.of(path.get());
        MediumStatus there = at(remembered);
        if (there.state() != State.ABSENT && there.state() != State.UNINITIALISED) {
            return there;
        }
        // Recognised by its marker wherever it is mounted now, never by the path alone.
        for (FilesystemIdentity.Mount mount : FilesystemIdentity.mounts()) {
            for (Path candidate : List.of(mount.point(), mount.point().resolve(remembered.getFileName().toString()))) {
                if (!candidate.equals(remembered) && Files.isRegularFile(candidate.resolve(MediumMarker.FILE))) {
                    MediumStatus found = at(candidate);
                    if (found.ready()) {
                        return found;
                    }
                }
            }
        }
        return new MediumStatus(State.ABSENT, remembered, NLS.bind(Messages.mediumAbsent, remembered), Optional.empty(), Optional.empty());
    }

    /** The remembered medium's directory, refused with the reason when a backup could not be written there. */
    Path ready() throws BackupException {
        MediumStatus medium = remembered();
        if (!medium.ready()) {
            Problem problem = switch (medium.state()) {
                case ABSENT -> Problem.MEDIUM_ABSENT;
                case UNINITIALISED -> Problem.MEDIUM_UNINITIALISED;
                case FOREIGN -> Problem.MEDIUM_FOREIGN;
                case UNUSABLE, READY -> Problem.TARGET_UNUSABLE;
            };
            throw new BackupException(problem, medium.message());
        }
        return medium.directory();
    }

    /** What a backup would find in this directory. */
    MediumStatus at(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            return status(State.ABSENT, dir, NLS.bind(Messages.mediumAbsent, dir), null);
        }
        if (!Files.isDirectory(dir)) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.targetIsAFile, dir), null);
        }
        MediumMarker marker;
        try {
            marker = MediumMarker.read(dir).orElse(null);
        } catch (IOException e) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.markerUnreadable, dir, e.getMessage()), null);
        }
        if (marker == null) {
            return status(State.UNINITIALISED, dir, NLS.bind(Messages.mediumUninitialised, dir), null);
        }
        String ours;
        try {
            ours = installation.id();
        } catch (BackupException e) {
            return status(State.UNUSABLE, dir, e.getMessage(), marker);
        }
        if (!marker.installationId().equals(ours)) {
            return status(State.FOREIGN, dir, NLS.bind(Messages.mediumForeign, new Object[] { dir, marker.installationName(),
                    marker.initialised(), MediumMarker.FILE }), marker);
        }
        FilesystemIdentity filesystem = FilesystemIdentity.of(dir);
        if (marker.filesystemUuid().isPresent() && filesystem.uuid().isPresent() && !marker.filesystemUuid().equals(filesystem.uuid())) {
            return status(State.FOREIGN, dir, NLS.bind(Messages.markerCopied, new Object[] { dir, marker.filesystemUuid().get(),
                    filesystem.uuid().get() }), marker);
        }
        if (!writable(dir)) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.targetNotWritable, dir), marker);
        }
        return status(State.READY, dir, "", marker); //$NON-NLS-1$
    }

    private static MediumStatus status(State state, Path dir, String message, MediumMarker marker) {
        return new MediumStatus(state, dir, message, Optional.ofNullable(marker).map(MediumMarker::mediumId),
                Optional.ofNullable(marker).map(MediumMarker::initialised));
    }

    /** A real write, which also catches read-only mounts and full media that permission bits do not show. */
    static boolean writable(Path dir) {
        Path probe = dir.resolve(".castellan-write-check-" + UUID.randomUUID()); //$NON-NLS-1$
        try {
            Files.writeString(probe, "probe"); //$NON-NLS-1$
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the directory's marker and remembers it. Refuses a file, an unwritable directory and another installation's medium. */
    MediumStatus initialise(AuthenticatedUser actor, Path directory) throws BackupException {
        Path dir = directory.toAbsolutePath().normalize();
        Path folder = installation.folder();
        if (dir.startsWith(folder)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetInsideInstallation, dir, folder));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetIsAFile, dir));
        }
        if (!Files.exists(dir)) {
            if (dir.getParent() == null || !Files.isDirectory(dir.getParent())) {
                throw new BackupException(Problem.MEDIUM_ABSENT, NLS.bind(Messages.mediumAbsent, dir));
            }
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetNotWritable, dir), e);
            }
        }
        MediumStatus before = at(dir);
        if (before.state() == State.UNUSABLE) {
            throw new BackupException(Problem.TARGET_UNUSABLE, before.message());
        }
        boolean ours = isOurs(dir);
        if (before.state() == State.FOREIGN && !ours) {
            throw new BackupException(Problem.MEDIUM_FOREIGN, before.message());
        }
        FilesystemIdentity filesystem = FilesystemIdentity.of(dir);
        MediumMarker marker = new MediumMarker(before.mediumId().filter(id -> ours && before.state() != State.FOREIGN).orElse(UUID.randomUUID().toString()),
                installation.id(), installation.name(), installation.clock().instant(), filesystem.uuid(), filesystem.label());
        try {
            marker.write(dir);
        } catch (IOException e) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetNotWritable, dir), e);
        }
        installation.inTransaction(tx -> {
            BackupSettings.write(tx, BackupSettings.MEDIUM_ID, marker.mediumId());
            BackupSettings.write(tx, BackupSettings.MEDIUM_PATH, dir.toString());
            installation.publish(tx, BackupService.TOPIC_MEDIUM_INITIALISED, "actor", actor.login(), "medium", dir.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                    "mediumId", marker.mediumId(), "filesystemUuid", filesystem.uuid().orElse(null), //$NON-NLS-1$ //$NON-NLS-2$
                    "filesystemLabel", filesystem.label().orElse(null)); //$NON-NLS-1$
            return null;
        });
        return at(dir);
    }

    /** Whether the directory's marker is this installation's (a re-initialisation keeps the medium's id). */
    private boolean isOurs(Path dir) {
        try {
            String ours = installation.id();
            return MediumMarker.read(dir).map(m -> m.installationId().equals(ours)).orElse(false);
        } catch (IOException | BackupException e) {
            return false;
        }
    }

    /** The good backups of this installation on a medium, newest first. */
    List<BackupRecord> backups(Path medium) throws BackupException {
        try {
            return BackupFolder.good(medium.toAbsolutePath().normalize(), installation.id());
        } catch (IOException e) {
            throw new BackupException(Problem.MEDIUM_ABSENT, NLS.bind(Messages.mediumAbsent, medium), e);
        }
    }
}
