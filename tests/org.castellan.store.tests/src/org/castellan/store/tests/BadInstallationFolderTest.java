package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.internal.InstallationFiles;
import org.castellan.store.tests.support.HoldInstallation;
import org.castellan.store.tests.support.Installations;
import org.castellan.store.tests.support.SeparateJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal names the folder and says what to do, and never deletes or rewrites data.
 */
class BadInstallationFolderTest {

    /** What a second workstation program needs on its class path. */
    private static final List<String> HOLDER_CLASS_PATH = List.of("org.castellan.store", "org.castellan.store.tests",
            "org.castellan.model", "org.eclipse.emf.ecore", "org.eclipse.emf.common", "derby", "org.apache.derbytools",
            "org.apache.derbyshared", "org.eclipse.osgi");

    @TempDir
    Path dir;

    @Test
    void aSecondCastellanProcessIsRefusedWithTheFirstOnesIdentity() throws Exception {
        Path folder = dir.resolve("busy");
        Installations.createWithSample(folder).close();
        try (SeparateJvm other = SeparateJvm.start(HOLDER_CLASS_PATH, HoldInstallation.class.getName(), "castellan", folder.toString())) {
            other.awaitLine("READY", 120);

            StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

            assertEquals(Problem.IN_USE, e.problem());
            assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("process " + other.pid()), e.getMessage());
        }
        try (CastellanStore store = Installations.open(folder)) {
            assertEquals(3, store.model().load().getUsers().size(), "once the other process is gone the installation opens intact");
        }
    }

    @Test
    void aDatabaseBootedByAnotherProgramIsNeverBootedTwice() throws Exception {
        Path folder = dir.resolve("ij");
        Installations.createWithSample(folder).close();
        try (SeparateJvm other = SeparateJvm.start(HOLDER_CLASS_PATH, HoldInstallation.class.getName(), "derby", folder.toString())) {
            other.awaitLine("READY", 120);

            StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

            assertEquals(Problem.IN_USE, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("damage"), e.getMessage());
        }
    }

    @Test
    void aMissingDatabaseFolderIsReportedAndNothingIsCreated() throws Exception {
        Path folder = dir.resolve("moved");
        Installations.createWithSample(folder).close();
        Files.move(folder.resolve(InstallationFiles.DATABASE), dir.resolve("database-elsewhere"));

        StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

        assertEquals(Problem.DATABASE_MISSING, e.problem());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("backup"), e.getMessage());
        assertFalse(Files.exists(folder.resolve(InstallationFiles.DATABASE)), "no empty database was created in its place");
    }

    @Test
    void aDamagedDatabaseIsReportedAndLeftUntouched() throws Exception {
        Path folder = dir.resolve("damaged");
        Installations.createWithSample(folder).close();
        try (Stream<Path> files = Files.list(folder.resolve(InstallationFiles.DATABASE).resolve("seg0"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        Map<String, String> before = Installations.fingerprint(folder.resolve(InstallationFiles.DATABASE));

        StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));

        assertEquals(Problem.DAMAGED, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("restore"), e.getMessage());
        assertEquals(before, Installations.fingerprint(folder.resolve(InstallationFiles.DATABASE)), "not a byte was changed");
    }

    @Test
    void aReadOnlyFolderIsReportedBeforeDerbyTouchesIt() throws Exception {
        Path folder = dir.resolve("readonly");
        Installations.createWithSample(folder).close();
        Map<String, String> before = Installations.fingerprint(folder);
        makeReadOnly(folder, true);
        try {
            StoreException e = assertThrows(StoreException.class, () -> Installations.open(folder));
            assertEquals(Problem.READ_ONLY, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("permission"), e.getMessage());
        } finally {
            makeReadOnly(folder, false);
        }
        assertEquals(before, Installations.fingerprint(folder));
    }

    @Test
    void aFileGivenAsFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not an installation");
        StoreException opening = assertThrows(StoreException.class, () -> Installations.open(file));
        assertEquals(Problem.NOT_A_FOLDER, opening.problem());
        StoreException creating = assertThrows(StoreException.class,
                () -> CastellanStore.create(file, NewInstallation.unencrypted("x")));
        assertEquals(Problem.NOT_A_FOLDER, creating.problem());
        assertEquals("not an installation", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsNotTakenForAnInstallation() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        StoreException e = assertThrows(StoreException.class, () -> Installations.open(empty));
        assertEquals(Problem.NOT_AN_INSTALLATION, e.problem());
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(0, files.count(), "opening wrote nothing");
        }
    }

    @Test
    void creatingOverAnExistingInstallationIsRefused() throws Exception {
        Path folder = dir.resolve("twice");
        Installations.createWithSample(folder).close();
        Map<String, String> before = Installations.fingerprint(folder);
        StoreException e = assertThrows(StoreException.class, () -> CastellanStore.create(folder, NewInstallation.unencrypted("again")));
        assertTrue(e.getMessage().contains("already holds"), e.getMessage());
        assertEquals(before, Installations.fingerprint(folder));
    }

    @Test
    void derbyLogsIntoTheInstallationNeverIntoTheCurrentDirectory() throws Exception {
        Installations.createWithSample(dir.resolve("logs")).close();
        assertFalse(Files.exists(Path.of(System.getProperty("user.dir"), "derby.log")), "derby.log in the working directory");
        assertTrue(System.getProperty("derby.stream.error.file").endsWith("logs/derby.log"),
                System.getProperty("derby.stream.error.file"));
    }

    /**
     * Root ignores permission bits, so as root the folder is made immutable (chattr), which even
     * root cannot write into, as on a read-only mount.
     */
    private static void makeReadOnly(Path folder, boolean readOnly) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Process chattr = new ProcessBuilder("chattr", readOnly ? "+i" : "-i", folder.toString()).inheritIO().start();
            assertEquals(0, chattr.waitFor(), "chattr is needed to make a folder read-only for root");
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(readOnly ? "r-xr-xr-x" : "rwxr-xr-x"));
        }
    }
}
