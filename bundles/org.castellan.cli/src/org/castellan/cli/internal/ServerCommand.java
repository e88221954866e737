package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.audit.AuditJournal;
import org.castellan.datarights.DataRightsAccess;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.server.CastellanServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.DecisionServices;
import org.castellan.server.ServerException;
import org.castellan.server.ServerOptions;
import org.castellan.server.client.Fingerprints;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/**
 * {@code castellan server [--port N] [--bind ADDRESS] [--keystore FILE]}: serves the installation
 * to host applications in the foreground until the process is asked to stop (SIGTERM, Ctrl+C, the
 * framework shutting down), then stops listening, lets requests under way finish and closes the
 * installation. No one logs in to start it: whoever may open the installation folder may serve it.
 */
final class ServerCommand {

    /** The environment variable holding the password of the installer's PKCS#12 file. */
    static final String KEYSTORE_PASSWORD_VARIABLE = "CASTELLAN_SERVER_KEYSTORE_PASSWORD"; //$NON-NLS-1$
    /** How long a stop waits for the server and the installation to close before the process ends anyway. */
    private static final long CLOSE_SECONDS = 20;

    /** The server running in this process, for {@link #stopRunning()}. */
    private static final AtomicReference<CountDownLatch> RUNNING = new AtomicReference<>();

    private final BundleContext context;
    private final Path folder;
    private final PassphraseSource passphrases;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    ServerCommand(BundleContext context, Path folder, PassphraseSource passphrases, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.context = context;
        this.folder = folder;
        this.passphrases = passphrases;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Asks the server running in this process, if any, to stop (the application is being stopped). */
    static void stopRunning() {
        CountDownLatch running = RUNNING.get();
        if (running != null) {
            running.countDown();
        }
    }

    void run(Invocation invocation) throws CommandLineException {
        ServerOptions options = options(invocation);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // On SIGTERM the JVM runs its hooks: this one asks the server to stop and lets the JVM end
        // only once the server and the installation are closed (or after CLOSE_SECONDS).
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "castellan-server-stop"); //$NON-NLS-1$
        try (OpenInstallation installation = OpenInstallation.open(context, folder, passphrases)) {
            DecisionServices services = new DecisionServices(installation.accounts(), installation.service(SessionRegistry.class),
                    installation.service(AccessControl.class), installation.service(MenuLevels.class), installation.service(DataRightsAccess.class),
                    installation.service(AuditJournal.class));
            // every served service found now: one that does not start makes the server fail at its start, not at a client's call
            Map<Class<?>, Object> administration = new HashMap<>();
            for (Class<?> type : RemoteServices.SERVED) {
                administration.put(type, installation.service(type));
            }
            try (CastellanServer server = CastellanServer.start(folder, services, new ServedCommands(context, folder, installation),
                    type -> Optional.ofNullable(administration.get(type)), options, Clock.systemUTC())) {
                RUNNING.set(stop);
                Runtime.getRuntime().addShutdownHook(hook);
                noteRunning(options, server);
                out.println(NLS.bind(Messages.serverListening, new Object[] { options.bindAddress(), Integer.toString(server.port()), folder,
                        fingerprint(server) }));
                out.flush();
                stop.await();
            } catch (ServerException e) {
                throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RUNNING.set(null);
                RunningServer.remove(folder);
            }
        } finally {
            removeHook(hook);
            closed.countDown();
        }
        err.println(Messages.serverStopped);
        err.flush();
    }

    private ServerOptions options(Invocation invocation) throws CommandLineException {
        ServerOptions options = ServerOptions.defaults();
        String bind = invocation.value(Invocation.BIND).orElse(options.bindAddress()).strip();
        Optional<String> portText = invocation.value(Invocation.PORT);
        int port = ServerOptions.DEFAULT_PORT;
        if (portText.isPresent()) {
            try {
                port = Integer.parseInt(portText.get().strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw CommandLineException.usage(NLS.bind(Messages.serverPortInvalid, portText.get()));
            }
        }
        options = options.withAddress(bind, port);
        Optional<String> keyStore = invocation.value(Invocation.KEYSTORE);
        if (keyStore.isPresent()) {
            String password = environment.get(KEYSTORE_PASSWORD_VARIABLE);
            if (password == null) {
                throw CommandLineException.usage(NLS.bind(Messages.serverKeyStorePasswordMissing, KEYSTORE_PASSWORD_VARIABLE));
            }
            options = options.withKeyStore(Path.of(keyStore.get()), password.toCharArray());
        }
        return options;
    }

    /** The certificate's SHA-256 fingerprint, for an administrator to compare with what a client pins. */
    private static String fingerprint(CastellanServer server) {
        return Fingerprints.of(server.certificate());
    }

    /** Where castellan server enrol on this workstation finds the server; without it, enrol says so. */
    private void noteRunning(ServerOptions options, CastellanServer server) {
        try {
            RunningServer.write(folder, options.bindAddress(), server.port(), fingerprint(server));
        } catch (IOException e) {
            err.println(NLS.bind(Messages.problem, e.getMessage()));
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and waits for the closing below.
        }
    }
}
