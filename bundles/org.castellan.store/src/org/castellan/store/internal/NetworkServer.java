package org.castellan.store.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.derby.drda.NetworkServerControl;
import org.castellan.store.DatabaseCredentials;
import org.castellan.store.DatabaseServer;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.osgi.util.NLS;

/**
 * Derby Network Server sharing an embedded database. Connections must present the database's
 * credentials (the database requires authentication); the server listens on the address given,
 * loopback by default.
 */
final class NetworkServer implements DatabaseServer {

    private static final int START_WAIT_MILLIS = 15_000;

    private final NetworkServerControl control;
    private final ServerAddress address;
    private final PrintWriter log;

    private NetworkServer(NetworkServerControl control, ServerAddress address, PrintWriter log) {
        this.control = control;
        this.address = address;
        this.log = log;
    }

    static NetworkServer start(String host, int port, DatabaseCredentials credentials, String databasePath, PrintWriter log)
            throws StoreException {
        String where = host + ":" + port; //$NON-NLS-1$
        try {
            InetAddress address = InetAddress.getByName(host);
            int chosen = port == 0 ? freePort(address) : port;
            where = host + ":" + chosen; //$NON-NLS-1$
            NetworkServerControl control = new NetworkServerControl(address, chosen, credentials.user(), credentials.password());
            control.start(log);
            waitUntilUp(control);
            return new NetworkServer(control, new ServerAddress(host, chosen, databasePath), log);
        } catch (Exception e) {
            throw new StoreException(Problem.SERVER_UNREACHABLE,
                    NLS.bind(Messages.serverStartFailed, where, DerbyErrors.rootMessage(e)), e);
        }
    }

    private static int freePort(InetAddress address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return socket.getLocalPort();
        }
    }

    /** The server starts on a thread of its own; it is usable once it answers a ping. */
    private static void waitUntilUp(NetworkServerControl control) throws Exception {
        long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000L;
        while (true) {
            try {
                control.ping();
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception e) {
            // already stopped
        } finally {
            log.flush();
        }
    }
}
