package org.castellan.benchmarks;

import java.util.concurrent.TimeUnit;

import org.castellan.security.internal.PasswordHashing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a login costs in password hashing: one Argon2id verification with Castellan's default
 * parameters (64 MiB, 2 passes, 1 lane), next to the OWASP minimum (19 MiB, 2 passes). The
 * default should stay between 100 and 500 ms on the machines Castellan runs on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class PasswordHashBenchmark {

    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    private final String defaultHash = PasswordHashing.DEFAULT.hash(PASSWORD);
    private final String minimumHash = PasswordHashing.OWASP_MINIMUM.hash(PASSWORD);

    @Benchmark
    public boolean verifyDefault() {
        return PasswordHashing.verify(PASSWORD, defaultHash);
    }

    @Benchmark
    public boolean verifyOwaspMinimum() {
        return PasswordHashing.verify(PASSWORD, minimumHash);
    }
}
