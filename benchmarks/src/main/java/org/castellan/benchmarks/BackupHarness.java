package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Not JMH: a 1 GB copy is its own warm-up. ROUNDS rounds (3 by default) alternate the two sides and
 * the medians are compared, so that one slow moment of a shared machine does not decide; the page cache is what it is
 * (the harness cannot drop it without privileges; cp runs first, so it pays the cold reads). Both
 * start after a {@code sync}, and cp -r followed by sync is printed too: the backup forces every
 * file to the medium before marking it good, which plain cp -r does not. The costs no verifying,
 * durable backup can avoid are printed alone: forcing the copy (the sync) and one SHA-256 pass.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.BackupHarness --work DIR [--size-mb N] [--reuse] [--rounds N]</pre>
 */
public final class BackupHarness {

    private BackupHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("benchmarks/target/backup");
        long sizeMb = 1024;
        boolean reuse = false;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--size-mb" -> sizeMb = Long.parseLong(args[++i]);
                case "--reuse" -> reuse = true; // the installation a previous run generated, if there is one
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path installation = work.resolve("installation");
        reuse = reuse && Files.isRegularFile(installation.resolve("installation.properties"));
        if (!reuse) {
            Folders.deleteTree(work);
        }
        Folders.deleteTree(work.resolve("medium"));
        Path medium = Files.createDirectories(work.resolve("medium"));
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        try (CastellanStore store = reuse ? CastellanStore.open(installation, Optional.empty())
                : CastellanStore.create(installation, NewInstallation.unencrypted("Benchmark"))) {
            long generation = System.nanoTime();
            if (!reuse) {
                generate(store, sizeMb);
            }
            long bytes = size(installation);
            System.out.printf("%s installation: %,d MB in %.1f s%n", reuse ? "Reused" : "Generated", bytes >> 20,
                    (System.nanoTime() - generation) / 1e9);

            AuthenticatedUser admin = new AuthenticatedUser("benchmark", "benchmark", null, 9);
            AccessControl everything = new AllowAll();
            BackupServiceImpl backup = new BackupServiceImpl(store, installation, everything, null, Clock.systemDefaultZone(), command -> {
                throw new IOException("no shutdown in a benchmark");
            });
            backup.initialise(admin, medium);

            // Rounds alternate cp -r and the backup so that a slow moment of the machine falls on both;
            // each step starts with nothing left for the disk to write (a sync before it).
            List<double[]> measured = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Folders.deleteTree(work.resolve("cp-copy"));
                run("sync");
                long cpStart = System.nanoTime();
                run("cp", "-r", installation.toString(), work.resolve("cp-copy").toString());
                double copy = seconds(System.nanoTime() - cpStart);
                long syncStart = System.nanoTime();
                run("sync");
                double sync = seconds(System.nanoTime() - syncStart);
                // What any verification that reads the copy back costs at least: one SHA-256 pass over it.
                long hashStart = System.nanoTime();
                hashAll(work.resolve("cp-copy"));
                double hashing = seconds(System.nanoTime() - hashStart);

                run("sync");
                long backupStart = System.nanoTime();
                BackupResult result = backup.backUp(admin, BackupOptions.DEFAULT, Optional.empty(), new NullProgressMonitor());
                double total = seconds(System.nanoTime() - backupStart);
                double[] m = { copy, copy + sync, sync, hashing, seconds(result.writing().toNanos()), seconds(result.verifying().toNanos()), total };
                measured.add(m);
                // Removed outside the timing, so that the next round's retention has nothing to remove.
                Folders.deleteTree(result.backup().folder());
                System.out.printf("round %d: cp -r %.2f s, sync %.2f s, SHA-256 %.2f s; backup %.2f s (writing %.2f s, verification %.2f s)%n",
                        round, copy, sync, hashing, total, m[4], m[5]);
            }

            double copy = median(measured, 0);
            double copySynced = median(measured, 1);
            double sync = median(measured, 2);
            double hashing = median(measured, 3);
            double writing = median(measured, 4);
            double verifying = median(measured, 5);
            double total = median(measured, 6);
            System.out.println();
            System.out.println("Backup of a " + (bytes >> 20) + " MB installation, same disk, same run, medians of " + rounds + " rounds");
            System.out.printf("  cp -r                              %8.2f s%n", copy);
            System.out.printf("  cp -r, then sync (on the disk)     %8.2f s   (for information: the backup forces its files to the medium)%n",
                    copySynced);
            System.out.printf("  sync alone (forcing the copy)      %8.2f s   (%.2f x cp -r: what forcing costs any backup that is durable)%n",
                    sync, sync / copy);
            System.out.printf("  SHA-256 of the copy, one pass      %8.2f s   (%.2f x cp -r: what reading it back for checksums costs)%n",
                    hashing, hashing / copy);
            System.out.printf("  backup without verification        %8.2f s   ratio %.2f (target < 1.3)%n", writing, writing / copy);
            System.out.printf("  verification alone                 %8.2f s%n", verifying);
            System.out.printf("  backup with verification (total)   %8.2f s   ratio %.2f (target < 2.0); %.2f next to cp -r and sync%n",
                    total, total / copy, total / copySynced);
        }
    }

    private static double median(List<double[]> rounds, int measure) {
        double[] values = rounds.stream().mapToDouble(m -> m[measure]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    /** SHA-256 of every file, the files on as many threads as there are cores (as the backup's manifest does). */
    private static void hashAll(Path folder) throws Exception {
        java.util.List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        files.parallelStream().forEach(file -> {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 20];
                for (int n; (n = in.read(buffer)) > 0;) {
                    digest.update(buffer, 0, n);
                }
                digest.digest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
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
