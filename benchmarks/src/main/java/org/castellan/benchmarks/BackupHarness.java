package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.internal.BackupServiceImpl;
import org.castellan.security.AccessControl;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The daily backup of a generated installation (SIZE_MB, 1024 by default) next to a plain
 * {@code cp -r} of the same folder to the same disk, in the same run: the backup's writing phase
 * (Derby's online backup, configuration, manifest) and the whole backup with its verification
 * (checksums again, the copy booted and every table checked), each as a ratio to {@code cp -r}.
 * One run of each, not JMH: a 1 GB copy is its own warm-up, and the page cache is what it is
 * (the harness cannot drop it without privileges; cp runs first, so it pays the cold reads).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.BackupHarness --work DIR [--size-mb N]</pre>
 */
public final class BackupHarness {

    private BackupHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("benchmarks/target/backup");
        long sizeMb = 1024;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[i + 1]);
                case "--size-mb" -> sizeMb = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Folders.deleteTree(work);
        Path installation = work.resolve("installation");
        Path medium = Files.createDirectories(work.resolve("medium"));
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        try (CastellanStore store = CastellanStore.create(installation, NewInstallation.unencrypted("Benchmark"))) {
            long generation = System.nanoTime();
            generate(store, sizeMb);
            long bytes = size(installation);
            System.out.printf("Generated installation: %,d MB in %.1f s%n", bytes >> 20, (System.nanoTime() - generation) / 1e9);

            long cpStart = System.nanoTime();
            Process cp = new ProcessBuilder("cp", "-r", installation.toString(), work.resolve("cp-copy").toString()).inheritIO().start();
            if (cp.waitFor() != 0) {
                throw new IOException("cp -r failed");
            }
            Duration copy = Duration.ofNanos(System.nanoTime() - cpStart);

            AuthenticatedUser admin = new AuthenticatedUser("benchmark", "benchmark", null, 9);
            AccessControl everything = new AccessControl() {
                @Override
                public boolean hasRight(String userId, String rightId) {
                    return true;
                }

                @Override
                public Set<String> rightsOf(String userId) {
                    return Set.of();
                }
            };
            BackupServiceImpl backup = new BackupServiceImpl(store, installation, everything, null, Clock.systemDefaultZone(), command -> {
                throw new IOException("no shutdown in a benchmark");
            });
            backup.initialise(admin, medium);
            long backupStart = System.nanoTime();
            BackupResult result = backup.backUp(admin, BackupOptions.DEFAULT, Optional.empty(), new NullProgressMonitor());
            Duration total = Duration.ofNanos(System.nanoTime() - backupStart);

            System.out.println();
            System.out.println("Backup of a " + (bytes >> 20) + " MB installation, same disk, same run");
            System.out.printf("  cp -r                              %8.2f s%n", seconds(copy));
            System.out.printf("  backup without verification        %8.2f s   ratio %.2f (target < 1.3)%n", seconds(result.writing()),
                    seconds(result.writing()) / seconds(copy));
            System.out.printf("  verification alone                 %8.2f s%n", seconds(result.verifying()));
            System.out.printf("  backup with verification (total)   %8.2f s   ratio %.2f (target < 2.0)%n", seconds(total),
                    seconds(total) / seconds(copy));
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Rows of 256 KB of random bytes (Derby stores them as they are) until the database reaches the size. */
    private static void generate(CastellanStore store, long sizeMb) throws Exception {
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("CREATE TABLE documents (id INT PRIMARY KEY, body BLOB(1M))");
            }
            return null;
        });
        SecureRandom random = new SecureRandom();
        byte[] body = new byte[256 * 1024];
        int rows = (int) (sizeMb * 4);
        for (int batch = 0; batch < rows; batch += 64) {
            int first = batch;
            store.inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO documents VALUES (?, ?)")) {
                    for (int id = first; id < Math.min(first + 64, rows); id++) {
                        random.nextBytes(body);
                        ps.setInt(1, id);
                        ps.setBytes(2, body);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
