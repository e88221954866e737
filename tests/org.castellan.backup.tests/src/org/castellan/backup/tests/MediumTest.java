package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.MediumStatus;
import org.castellan.backup.MediumStatus.State;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.Test;

/** Media are recognised by their marker: uninitialised, foreign, absent and unusable ones are refused. */
class MediumTest extends InstallationTest {





    @Test
    void noMediumYetAsksToInitialiseOne() throws Exception {
        assertEquals(State.ABSENT, installation.backup.medium().state());
        BackupException e = assertThrows(BackupException.class, installation::backUp);
        assertEquals(Problem.MEDIUM_ABSENT, e.problem());
        assertTrue(e.getMessage().contains("Initialise medium"), e.getMessage());
    }

    @Test
    void anUninitialisedDirectoryIsRefusedUntilInitialised() throws Exception {
        Path key = Files.createDirectories(dir.resolve("key"));
        assertEquals(State.UNINITIALISED, installation.backup.medium(key).state());
        MediumStatus status = installation.backup.initialise(installation.admin, key);
        assertTrue(status.ready(), status.message());
        assertTrue(Files.isRegularFile(key.resolve("castellan-medium.properties")));
        assertTrue(installation.backup.medium().ready(), "remembered");
        assertEquals(status.mediumId(), installation.backup.initialise(installation.admin, key).mediumId(), "re-initialising keeps its id");
    }

    @Test
    void aMediumOfAnotherInstallationIsRefusedAndNotTakenOver() throws Exception {
        Path key = Files.createDirectories(dir.resolve("key"));
        try (BackedUpInstallation other = new BackedUpInstallation(dir.resolve("other"), BackedUpInstallation.newClock())) {
            other.backup.initialise(other.admin, key);
        }
        MediumStatus status = installation.backup.medium(key);
        assertEquals(State.FOREIGN, status.state());
        assertTrue(status.message().contains("another installation") && status.message().contains("Pharmacie du Parc"), status.message());
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.initialise(installation.admin, key));
        assertEquals(Problem.MEDIUM_FOREIGN, e.problem());
    }

    @Test
    void anAbsentMediumIsNeverReplacedByTheSystemDisk() throws Exception {
        Path key = Files.createDirectories(dir.resolve("media/key"));
        installation.backup.initialise(installation.admin, key);
        Files.delete(key.resolve("castellan-medium.properties"));
        Files.delete(key); // unplugged
        BackupException e = assertThrows(BackupException.class, installation::backUp);
        assertEquals(Problem.MEDIUM_ABSENT, e.problem());
        assertTrue(e.getMessage().contains("Insert the USB key"), e.getMessage());
        Files.createDirectories(key); // an empty mount point on the system disk
        assertEquals(Problem.MEDIUM_ABSENT, assertThrows(BackupException.class, installation::backUp).problem());
        try (var left = Files.list(key)) {
            assertEquals(0, left.count(), "nothing written to the mount point");
        }
    }

    @Test
    void aTargetThatIsAFileOrInsideTheInstallationIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(State.UNUSABLE, installation.backup.medium(file).state());
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.initialise(installation.admin, file));
        assertEquals(Problem.TARGET_UNUSABLE, e.problem());
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        e = assertThrows(BackupException.class, () -> installation.backup.initialise(installation.admin, installation.folder.resolve("b")));
        assertTrue(e.getMessage().contains("inside the installation folder"), e.getMessage());
    }

    @Test
    void aReadOnlyMediumIsRefused() throws Exception {
        Path key = Files.createDirectories(dir.resolve("ro"));
        Mounts.assumeMountable();
        try (Mounts.Mount mount = Mounts.tmpfs(key, "4m")) {
            installation.backup.initialise(installation.admin, key);
            mount.remountReadOnly();
            MediumStatus status = installation.backup.medium(key);
            assertEquals(State.UNUSABLE, status.state());
            assertTrue(status.message().contains("cannot write"), status.message());
        }
    }

    @Test
    void onlyUsersWithABackupRightMayBackUp() throws Exception {
        AuthenticatedUser paul = installation.users.createUser(installation.admin,
                new NewUser("paul", null, null, false, false, 2, BackedUpInstallation.PASSWORD));
        Path key = Files.createDirectories(dir.resolve("key"));
        assertFalse(installation.backup.mayBackUp(paul));
        assertTrue(installation.backup.mayBackUp(installation.admin));
        assertTrue(installation.backup.backsUpHere());
        assertFalse(installation.service(installation.store, null).backsUpHere(), "a client workstation, without the folder, offers no backup");
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.initialise(paul, key));
        assertEquals(Problem.NOT_ALLOWED, e.problem());
        assertTrue(e.getMessage().contains("Run backups"), e.getMessage());
        assertFalse(Files.exists(key.resolve("castellan-medium.properties")));
        BackupException shown = assertThrows(BackupException.class, () -> installation.backup.medium(paul, Optional.empty()));
        assertEquals(Problem.NOT_ALLOWED, shown.problem(), "the checked read of the medium too");
        assertThrows(BackupException.class, () -> installation.backup.medium(paul, Optional.of(key)));
    }

    /** What the command line's media show reads: the remembered medium, or a directory's, for who may back up. */
    @Test
    void theCheckedReadOfTheMediumIsTheRememberedOneOrADirectorys() throws Exception {
        Path key = Files.createDirectories(dir.resolve("key"));
        assertEquals(State.ABSENT, installation.backup.medium(installation.admin, Optional.empty()).state());
        assertEquals(State.UNINITIALISED, installation.backup.medium(installation.admin, Optional.of(key)).state());
        MediumStatus initialised = installation.backup.initialise(installation.admin, key);
        MediumStatus remembered = installation.backup.medium(installation.admin, Optional.empty());
        assertTrue(remembered.ready(), remembered.message());
        assertEquals(initialised.mediumId(), remembered.mediumId());
    }
}
