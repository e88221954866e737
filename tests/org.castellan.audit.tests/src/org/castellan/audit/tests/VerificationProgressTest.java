package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditJournal.Verification;
import org.castellan.audit.JournalEvent;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verification of a large journal tells how far it is and stops when asked (the Home's Verify Now
 * runs it in a job with Cancel): a stopped check gives no result and records nothing.
 */
class VerificationProgressTest {

    private static final int ROWS = 12_000;

    @TempDir
    Path dir;

    private final Clock clock = SettableClock.utc("2026-03-01T08:00:00Z");
    private CastellanStore store;
    private JournalService journal;
    private AuthenticatedUser admin;

    @BeforeEach
    void aJournalOfTwelveThousandRows() throws Exception {
        store = CastellanStore.create(dir.resolve("large"), NewInstallation.unencrypted("Large"));
        journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("counter-1", "192.0.2.10", "pharmacist", "0.1.0"));
        admin = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()), PasswordHashing.OWASP_MINIMUM, clock)
                .createFirstAdministrator("admin", null, "Pharma-2026x".toCharArray());
        List<JournalEvent> events = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            events.add(new JournalEvent(AuditJournal.TOPIC_ENTERED, Map.of("login", "admin", "id", "option" + i)));
        }
        journal.recordAll(events);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCheckTellsItsProgressAndEndsIntact() throws Exception {
        List<long[]> told = new ArrayList<>();
        List<Verification> results = journal.verify(List.of(), new AuditJournal.Progress() {
            @Override
            public void checked(long rows, long total) {
                told.add(new long[] { rows, total });
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        });
        assertTrue(results.get(0).intact());
        assertTrue(results.get(0).rowsChecked() >= ROWS, () -> results.get(0).toString());
        assertTrue(told.size() >= 2, "told at least every 5,000 rows: " + told.size());
        for (int i = 0; i < told.size(); i++) {
            assertTrue(told.get(i)[0] <= told.get(i)[1], "never more rows than the total it announced");
            assertTrue(i == 0 || told.get(i)[0] > told.get(i - 1)[0], "rows checked grow");
        }
        assertEquals(results.get(0).rowsChecked(), told.get(0)[1], "the total announced is the rows the check reads");
    }

    @Test
    void aCheckAskedToStopStopsAndRecordsNothing() throws Exception {
        Optional<AuditJournal.RecordedVerification> before = journal.lastVerification();
        int[] reports = new int[1];
        assertThrows(CancellationException.class, () -> journal.verify(List.of(), new AuditJournal.Progress() {
            @Override
            public void checked(long rows, long total) {
                reports[0]++;
            }

            @Override
            public boolean stopRequested() {
                return true;
            }
        }));
        assertEquals(1, reports[0], "stopped at the first chance, not at the end");
        assertEquals(before, journal.lastVerification(), "a stopped check leaves no verification behind");
        assertTrue(journal.verify().intact(), "and the journal is as it was");
        journal.recordVerification(admin, journal.verify());
        assertTrue(journal.lastVerification().orElseThrow().result().intact(), "a whole check is recorded as before");
    }
}
