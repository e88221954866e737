package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.DataSet;
import org.castellan.backup.internal.BackupServiceImpl;
import org.castellan.store.CastellanStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Remembered options, the data-set extension point, the shutdown command and retention. */
class OptionsAndRetentionTest extends InstallationTest {

    private static final String PRICES = "org.castellan.backup.tests.prices";


    private Path medium;

    @BeforeEach
    void initialiseMedium() throws Exception {
        medium = Files.createDirectories(dir.resolve("key"));
        installation.backup.initialise(installation.admin, medium);
    }


    @Test
    void optionsAreRememberedAcrossRestarts() throws Exception {
        assertEquals(BackupOptions.DEFAULT, installation.backup.options());
        BackupOptions chosen = new BackupOptions(true, false, true, Set.of(PRICES), 3, 2);
        installation.backUp(chosen, null);
        installation.store.close();
        try (CastellanStore reopened = CastellanStore.open(installation.folder, Optional.empty())) {
            BackupServiceImpl again = installation.service(reopened);
            assertEquals(chosen, again.options());
            assertTrue(again.medium().ready(), "the medium is remembered too");
            assertTrue(again.lastGoodBackup().isPresent());
        }
    }

    @Test
    void partnersContributeDataSetsThroughTheExtensionPoint() {
        List<DataSet> dataSets = installation.backup.dataSets();
        assertEquals(List.of(PRICES), dataSets.stream().map(DataSet::id).toList(), "the one leaving the installation folder is ignored");
        assertEquals("Price list", dataSets.get(0).label());
        assertEquals("prices", dataSets.get(0).path());
    }

    @Test
    void theShutdownCommandRunsOnlyAfterASuccessfulBackup() throws Exception {
        BackupOptions shutdown = new BackupOptions(false, false, true, Set.of(), 7, 4);
        assertTrue(installation.backUp(shutdown, null).shuttingDown());
        assertEquals(List.of(List.of("systemctl", "poweroff")), installation.shutdowns);
        Files.delete(medium.resolve("castellan-medium.properties"));
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> installation.backUp(shutdown, null));
        assertEquals(1, installation.shutdowns.size(), "not after a failure");
    }

    @Test
    void retentionKeepsTheNewestOfEachDayAndWeek() throws Exception {
        BackupOptions options = BackupOptions.DEFAULT.withRetention(3, 3);
        List<String> taken = new ArrayList<>();
        // Monday 2026-11-23 20:00 UTC, then every day until Tuesday 2026-12-08, a second one that Tuesday morning.
        for (int i = 0; i < 16; i++) {
            if (i == 15) {
                installation.clock.advance(Duration.ofHours(-12));
                taken.add(installation.backUp(options, null).backup().name());
                installation.clock.advance(Duration.ofHours(12));
            }
            BackupResult result = installation.backUp(options, null);
            taken.add(result.backup().name());
            installation.clock.advance(Duration.ofDays(1));
        }
        List<String> kept = BackedUpInstallation.goodFolders(medium);
        // Daily: the newest of Dec 8 (the evening one), 7 and 6. Weekly: the newest of the weeks of Dec 7
        // (Dec 8, already kept), of Nov 30 (Sunday Dec 6, already kept) and of Nov 23 (Sunday Nov 29).
        assertEquals(List.of("castellan-20261129-200000", "castellan-20261206-200000", "castellan-20261207-200000",
                "castellan-20261208-200000"), kept);
        assertTrue(taken.containsAll(kept));
    }

    @Test
    void theOnlyGoodBackupIsNeverRemoved() throws Exception {
        BackupOptions keepNothing = BackupOptions.DEFAULT.withRetention(0, 0);
        String first = installation.backUp(keepNothing, null).backup().name();
        assertEquals(List.of(first), BackedUpInstallation.goodFolders(medium));
        installation.clock.advance(Duration.ofDays(1));
        BackupResult second = installation.backUp(keepNothing, null);
        assertEquals(List.of(second.backup().name()), BackedUpInstallation.goodFolders(medium), "the newest replaces it only once good");
        assertEquals(first, second.removed().get(0).name());
    }

    @Test
    void aBackupOlderThanADayIsOverdue() throws Exception {
        installation.backUp();
        assertFalse(installation.backup.overdue());
        installation.clock.advance(Duration.ofHours(25));
        assertTrue(installation.backup.overdue());
    }
}
