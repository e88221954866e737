package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.AuditJournal;
import org.castellan.server.internal.ServerKeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example host that is not Java (examples/host-python/castellan_host.py, Python's standard
 * library only) against a real server: it pins the certificate the server wrote at its first
 * start, logs the cashier in, asks decisions, journals an export and logs out.
 */
class PythonHostTest {

    @TempDir
    Path dir;

    /** The example, found from the test's module up to the repository. */
    static Path script() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("examples/host-python/castellan_host.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("examples/host-python/castellan_host.py not found above " + Path.of("").toAbsolutePath());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run host(ServerInstallation installation, String login, String password) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script().toString(), "--url", "https://localhost:" + installation.server.port(),
                "--cafile", installation.folder.resolve(ServerKeyStore.CERTIFICATE_FILE).toString(), "--login", login, "--option",
                "org.castellan.server.tests.views.till", "--right", ServerInstallation.CASH, "--right", ServerInstallation.REFUND,
                "--export-source", "Sales of the day", "--rows", "42", "--file", "/srv/exports/sales.csv"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CASTELLAN_PASSWORD", password);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the Python host did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void thePythonHostLogsInAsksDecisionsAndJournalsAnExport() throws Exception {
        try (ServerInstallation installation = new ServerInstallation(dir)) {
            int exports = installation.journaled(AuditJournal.TOPIC_EXPORTED).size();
            Run run = host(installation, "cashier", ServerInstallation.PASSWORD);
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().contains("logged in: cashier (Carl Cashier), level 2"), run.out());
            assertTrue(run.out().contains("option org.castellan.server.tests.views.till: allowed"), run.out());
            assertTrue(run.out().contains("rights: " + ServerInstallation.CASH + "=yes, " + ServerInstallation.REFUND + "=no"), run.out());
            assertTrue(run.out().contains("visible options: ") && run.out().contains("org.castellan.server.tests.till"), run.out());
            assertTrue(run.out().contains("logged out"), run.out());
            List<String> exported = installation.journaled(AuditJournal.TOPIC_EXPORTED);
            assertEquals(exports + 1, exported.size());
            assertTrue(exported.get(exported.size() - 1).contains("/srv/exports/sales.csv"), exported.toString());
            assertEquals(0, installation.count("sessions"), "the host logged out");

            Run clerk = host(installation, "clerk", ServerInstallation.PASSWORD);
            assertEquals(0, clerk.exit(), clerk.toString());
            assertTrue(clerk.out().contains("option org.castellan.server.tests.views.till: refused (RIGHTS)"), clerk.out());

            Run wrong = host(installation, "clerk", "not-his-password");
            assertEquals(1, wrong.exit(), wrong.toString());
            assertTrue(wrong.err().contains("refused (HTTP 401, login_refused)"), wrong.err());
            assertEquals(exports + 2, installation.journaled(AuditJournal.TOPIC_EXPORTED).size(), "nothing journaled for the refused host");
        }
    }
}
