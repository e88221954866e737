package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a property over many seeded random cases. A failure names the seed of its case;
 * {@code -Dcastellan.seed=<seed>} makes that seed the first case, to replay it.
 */
final class Seeds {

    @FunctionalInterface
    interface Check {
        void run(long seed) throws Exception;
    }

    private Seeds() {
    }

    static void forEachCase(long defaultSeed, int cases, Check check) {
        long base = Long.getLong("castellan.seed", defaultSeed);
        for (int i = 0; i < cases; i++) {
            long seed = base + i * 0x9E3779B97F4A7C15L;
            try {
                check.run(seed);
            } catch (AssertionError | Exception e) {
                fail("Case with seed " + seed + " (replay: -Dcastellan.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }
}
