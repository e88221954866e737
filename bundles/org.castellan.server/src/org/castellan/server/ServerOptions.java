package org.castellan.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and what it accepts.
 *
 * @param bindAddress       the address to listen on ({@code 0.0.0.0} for every interface)
 * @param port              the port; 0 for any free one (tests)
 * @param keyStore          a PKCS#12 file the installer provides (its key and certificate chain);
 *                          empty for the certificate the server generates at its first start and
 *                          keeps in the installation folder
 * @param keyStorePassword  that file's password (ignored without {@code keyStore})
 * @param maxBodyBytes      the largest request body accepted (413 above)
 * @param attemptsPerAddress failed log-in attempts one client address may make per {@code attemptWindow} (429 above)
 * @param attemptsPerLogin  failed log-in attempts for one login per {@code attemptWindow}, whatever the address
 * @param attemptWindow     the window both limits count in
 * @param sweepInterval     how often tokens are checked against the sessions still open
 * @param passwordChecks    the password verifications (Argon2id, a core's work each) run at once
 * @param passwordQueue     the log-ins that may wait for their turn beyond those (503 busy above)
 * @param passwordWait      how long one waits at most (503 busy, Retry-After, after it)
 *
 * @since 0.1
 */
public record ServerOptions(String bindAddress, int port, Optional<Path> keyStore, char[] keyStorePassword, int maxBodyBytes, int attemptsPerAddress,
        int attemptsPerLogin, Duration attemptWindow, Duration sweepInterval, int passwordChecks, int passwordQueue, Duration passwordWait) {

    /** The port the server listens on when none is given. */
    public static final int DEFAULT_PORT = 8443;

    public ServerOptions {
        Objects.requireNonNull(bindAddress);
        Objects.requireNonNull(keyStore);
        keyStorePassword = keyStorePassword == null ? new char[0] : keyStorePassword.clone();
        Objects.requireNonNull(attemptWindow);
        Objects.requireNonNull(sweepInterval);
        Objects.requireNonNull(passwordWait);
        if (port < 0 || port > 65535 || maxBodyBytes < 1024 || attemptsPerAddress < 1 || attemptsPerLogin < 1 || attemptWindow.isNegative()
                || attemptWindow.isZero() || sweepInterval.isNegative() || sweepInterval.isZero() || passwordChecks < 1 || passwordQueue < 0
                || passwordWait.isNegative()) {
            throw new IllegalArgumentException("server options out of range"); //$NON-NLS-1$
        }
    }

    /**
     * Every interface, the default port, the generated certificate, 64 KiB bodies, 20 attempts a
     * minute per address and 10 per login; as many password verifications at once as the machine
     * has processor cores, eight times as many waiting, each at most 10 seconds (of Jetty's 64
     * threads, the rest stay for heartbeats and decisions).
     */
    public static ServerOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerOptions("0.0.0.0", DEFAULT_PORT, Optional.empty(), null, 64 * 1024, 20, 10, Duration.ofMinutes(1), //$NON-NLS-1$
                Duration.ofSeconds(10), cores, Math.min(8 * cores, 32), Duration.ofSeconds(10));
    }

    public ServerOptions withAddress(String bind, int listenPort) {
        return new ServerOptions(bind, listenPort, keyStore, keyStorePassword, maxBodyBytes, attemptsPerAddress, attemptsPerLogin, attemptWindow,
                sweepInterval, passwordChecks, passwordQueue, passwordWait);
    }

    public ServerOptions withKeyStore(Path file, char[] password) {
        return new ServerOptions(bindAddress, port, Optional.of(file), password, maxBodyBytes, attemptsPerAddress, attemptsPerLogin, attemptWindow,
                sweepInterval, passwordChecks, passwordQueue, passwordWait);
    }

    public ServerOptions withAttemptLimits(int perAddress, int perLogin, Duration window) {
        return new ServerOptions(bindAddress, port, keyStore, keyStorePassword, maxBodyBytes, perAddress, perLogin, window, sweepInterval,
                passwordChecks, passwordQueue, passwordWait);
    }

    /** At most {@code running} password verifications at once, {@code queued} more waiting, each at most {@code wait}. */
    public ServerOptions withPasswordChecks(int running, int queued, Duration wait) {
        return new ServerOptions(bindAddress, port, keyStore, keyStorePassword, maxBodyBytes, attemptsPerAddress, attemptsPerLogin, attemptWindow,
                sweepInterval, running, queued, wait);
    }

    @Override
    public char[] keyStorePassword() {
        return keyStorePassword.clone();
    }
}
