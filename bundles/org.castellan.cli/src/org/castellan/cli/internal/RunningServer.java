package org.castellan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.castellan.server.client.Enrolment;
import org.castellan.server.client.PinnedServer;

/**
 * Where the Castellan server of this installation listens while it runs, and the fingerprint of
 * its certificate (in the form of an {@link Enrolment}): written by {@code castellan server} into
 * the owner-only {@code server/} folder and removed when it stops, so that {@code castellan server
 * enrol} on the same workstation reaches it, pinned, without being told.
 */
final class RunningServer {

    private static final String FILE = "server/running.properties"; //$NON-NLS-1$

    private RunningServer() {
    }

    /** Notes the server's address; a server listening on every address is reached on loopback. */
    static void write(Path folder, String bindAddress, int port, String fingerprint) throws IOException {
        String host = "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? "127.0.0.1" : bindAddress; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        new Enrolment(host, port, fingerprint, Instant.now()).store(folder.resolve(FILE), "castellan server is running; removed when it stops"); //$NON-NLS-1$
    }

    static void remove(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            // A stale file only points server enrol at a port where nothing answers: it says so.
        }
    }

    /** The running server of the installation in this folder, pinned; empty when none runs. */
    static Optional<PinnedServer> read(Path folder) throws IOException {
        return Enrolment.readFile(folder.resolve(FILE)).map(Enrolment::server);
    }
}
