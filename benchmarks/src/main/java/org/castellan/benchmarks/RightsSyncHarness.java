package org.castellan.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.castellan.security.RightsCatalog;
import org.castellan.security.internal.RightsSynchronizer;
import org.castellan.store.CastellanStore;

/**
 * What each start of Castellan spends bringing the stored rights and predefined roles up to the
 * installed bundles ({@link RightsSynchronizer#synchronize}), on an installation folder that is
 * not open, for example one made large by {@link LargeInstallation}: the first call (cold) and the
 * median of the next ones, each in its own transaction, with the heap the calls left in use.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.RightsSyncHarness FOLDER [RUNS]
 * </pre>
 */
public final class RightsSyncHarness {

    private RightsSyncHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("Usage: RightsSyncHarness FOLDER [RUNS] (an installation folder, Castellan closed)");
        }
        int runs = args.length == 2 ? Integer.parseInt(args[1]) : 5;
        RightsCatalog catalog = DeclaredRights.with(List.of(), List.of());
        try (CastellanStore store = CastellanStore.open(Path.of(args[0]), Optional.empty())) {
            double[] millis = new double[runs + 1];
            for (int run = 0; run <= runs; run++) {
                long start = System.nanoTime();
                store.inTransaction(tx -> new RightsSynchronizer(store, catalog).synchronize(tx, new Date()));
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            double[] later = Arrays.copyOfRange(millis, 1, runs + 1);
            Arrays.sort(later);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "synchronize: first %.0f ms, median of the next %d %.0f ms; heap in use after a GC %.0f MB%n", millis[0],
                    runs, runs == 0 ? 0.0 : later[runs / 2], (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
    }
}
