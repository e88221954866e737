package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.JournalEntry;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A separate JVM writes journal events one commit each and is killed with SIGKILL in the middle of
 * the burst: every event whose commit it acknowledged is in the journal afterwards, and the chain
 * (including the rows Derby recovered) verifies.
 */
class KillDuringBurstTest {

    /** How many acknowledged commits to wait for before the kill. */
    private static final int BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void killMinus9InTheMiddleOfABurstLosesNoCommittedEventAndLeavesAVerifiableChain() throws Exception {
        Path folder = dir.resolve("burst");
        CastellanStore.create(folder, NewInstallation.unencrypted("Burst")).close();

        Path errors = dir.resolve("burst-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                "-Dderby.stream.error.file=" + dir.resolve("burst-derby.log"), JournalBurst.class.getName(), folder.toString());
        builder.redirectError(errors.toFile());
        Process burst = builder.start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(burst.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals(JournalBurst.READY, line, () -> "the burst did not start: " + read(errors));
            while (acknowledged < BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledged = Long.parseLong(line.strip());
            }
            assertEquals(BEFORE_KILL, acknowledged, () -> "the burst stopped early: " + read(errors));
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(burst.pid())).start();
            assertEquals(0, kill.waitFor(), "kill -9 ran");
            // What it printed before it died: each line is a commit that returned.
            while ((line = out.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        acknowledged = Long.parseLong(line.strip());
                    } catch (NumberFormatException e) {
                        break; // a line cut by the kill: not an acknowledgement
                    }
                }
            }
        } finally {
            burst.destroyForcibly();
            assertTrue(burst.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, burst.exitValue(), "killed by SIGKILL, not ended");

        Clock clock = Clock.systemUTC();
        try (CastellanStore store = CastellanStore.open(folder, Optional.empty())) {
            JournalService journal = new JournalService(store, new AccessControlImpl(store, clock), clock, new Workstation("check", null, null, "0"));
            List<JournalEntry> rows = journal.entries(Instant.EPOCH, Instant.now().plusSeconds(60));
            Set<Long> written = new TreeSet<>();
            for (JournalEntry row : rows) {
                if (row.topic().equals(JournalBurst.TOPIC)) {
                    written.add(Long.parseLong(row.details().replaceAll("(?s).*n=(\\d+)\n.*", "$1")));
                }
            }
            for (long n = 1; n <= acknowledged; n++) {
                assertTrue(written.contains(n), "acknowledged event " + n + " is lost (of " + acknowledged + ")");
            }
            assertEquals(written.size(), ((TreeSet<Long>) written).last(), "no gap: events are written in order");
            assertTrue(journal.verify().intact(), journal.verify()::toString);
            // And the journal goes on after recovery.
            journal.entered(new org.castellan.security.AuthenticatedUser("id", "admin", null, 9), "view", "v", "V");
            assertTrue(journal.verify().intact());
        }
    }

    /** Every bundle of the running framework as a plain class path: the child runs the same code without OSGi. */
    private static String classPath() {
        // Locations are relative to the framework's install area when they are not absolute.
        Path installArea = Path.of(java.net.URI.create(System.getProperty("osgi.install.area")));
        Set<String> entries = new LinkedHashSet<>();
        for (Bundle bundle : FrameworkUtil.getBundle(KillDuringBurstTest.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                continue;
            }
            Path path = installArea.resolve(location.substring(file + "file:".length())).normalize();
            if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
                path = path.resolve("target/classes");
            }
            if (Files.exists(path)) {
                entries.add(path.toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
