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
 *
 * @since 0.1
 */
public record ServerOptions(String bindAddress, int port, Optional<Path> keyStore, char[] keyStorePassword, int maxBodyBytes, int attemptsPerAddress,
        int attemptsPerLogin, Duration attemptWindow, Duration sweepInterval) {

    /** The port the server listens on when none is given. */
    public static final int DEFAULT_PORT = 8443;

    public ServerOptions {
        Objects.requireNonNull(bindAddress);
        Objects.requireNonNull(keyStore);
        keyStorePassword = keyStorePassword == null ? new char[0] : keyStorePassword.clone();
        Objects.requireNonNull(attemptWindow);
        Objects.requireNonNull(sweepInterval);
        if (port < 0 || port > 65535 || maxBodyBytes < 1024 || attemptsPerAddress < 1 || attemptsPerLogin < 1 || attemptWindow.isNegative()
                || attemptWindow.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("server options out of range"); //$NON-NLS-1$
        }
    }

    /** Every interface, the default port, the generated certificate, 64 KiB bodies, 20 attempts a minute per address and 10 per login. */
    public static ServerOptions defaults() {
        return new ServerOptions("0.0.0.0", DEFAULT_PORT, Optional.empty(), null, 64 * 1024, 20, 10, Duration.ofMinutes(1), //$NON-NLS-1$
                Duration.ofSeconds(10));
    }

    public ServerOptions withAddress(String bind, int listenPort) {
        return new ServerOptions(bind, listenPort, keyStore, keyStorePassword, maxBodyBytes, attemptsPerAddress, attemptsPerLogin, attemptWindow,
                sweepInterval);
    }

    public ServerOptions withKeyStore(Path file, char[] password) {
        return new ServerOptions(bindAddress, port, Optional.of(file), password, maxBodyBytes, attemptsPerAddress, attemptsPerLogin, attemptWindow,
                sweepInterval);
    }

    public ServerOptions withAttemptLimits(int perAddress, int perLogin, Duration window) {
        return new ServerOptions(bindAddress, port, keyStore, keyStorePassword, maxBodyBytes, perAddress, perLogin, window, sweepInterval);
    }

    @Override
    public char[] keyStorePassword() {
        return keyStorePassword.clone();
    }
}
