package org.castellan.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;

import org.castellan.server.internal.ApiServer;
import org.castellan.server.internal.ServerKeyStore;

/**
 * The Castellan server: the installation's services answering over HTTPS (TLS 1.3 only) for host
 * applications, with bearer tokens bound to the sessions they open. It holds no rule of its own:
 * every answer comes from the {@link DecisionServices}. The API is described by the OpenAPI file
 * it serves at {@code /api/v1/openapi.json}.
 *
 * @since 0.1
 */
public final class CastellanServer implements AutoCloseable {

    /** The path of the API's OpenAPI description. */
    public static final String OPENAPI_PATH = "/api/v1/openapi.json"; //$NON-NLS-1$

    private final ApiServer server;

    private CastellanServer(ApiServer server) {
        this.server = server;
    }

    /**
     * Starts serving the installation. The key store is the installer's ({@link ServerOptions#keyStore()})
     * or the one generated at the first start in the installation folder.
     *
     * @param installationFolder where a generated certificate is kept
     * @param clock              the server's clock: tokens of sessions without a heartbeat for too long are refused
     * @throws ServerException when the certificate cannot be read or made, or the address not listened on
     */
    public static CastellanServer start(Path installationFolder, DecisionServices services, ServerOptions options, Clock clock)
            throws ServerException {
        return start(installationFolder, services, RemoteCommands.NONE, options, clock);
    }

    /**
     * The same, with the administration face: the verbs of the command line, run in this server as
     * the user of the token that sends them ({@code POST /api/v1/commands}).
     *
     * @param commands runs one verb; {@link RemoteCommands#NONE} for the decision API alone
     */
    public static CastellanServer start(Path installationFolder, DecisionServices services, RemoteCommands commands, ServerOptions options,
            Clock clock) throws ServerException {
        return start(installationFolder, services, commands, AdministrationServices.NONE, options, clock);
    }

    /**
     * The same, serving client workstations' workbenches too: the administration services' methods
     * ({@code POST /api/v1/services/{service}/{method}}), run on the installation's own services as
     * the user of the token that calls them.
     *
     * @param administration finds the installation's services of the interfaces served
     */
    public static CastellanServer start(Path installationFolder, DecisionServices services, RemoteCommands commands,
            AdministrationServices administration, ServerOptions options, Clock clock) throws ServerException {
        Objects.requireNonNull(commands);
        Objects.requireNonNull(administration);
        Objects.requireNonNull(installationFolder);
        Objects.requireNonNull(services);
        Objects.requireNonNull(options);
        Objects.requireNonNull(clock);
        ServerKeyStore keys = options.keyStore().isPresent() ? ServerKeyStore.provided(options.keyStore().get(), options.keyStorePassword())
                : ServerKeyStore.generated(installationFolder, options.bindAddress(), clock.instant());
        return new CastellanServer(ApiServer.start(keys, services, commands, administration, options, clock));
    }

    /** The port it listens on (the one chosen when asked for 0). */
    public int port() {
        return server.port();
    }

    /** The certificate it presents: what clients pin. */
    public X509Certificate certificate() {
        return server.certificate();
    }

    /**
     * Forgets the tokens whose session is no longer open (closed elsewhere, stale, ended by a
     * timeout); it also runs on its own at {@link ServerOptions#sweepInterval()}.
     *
     * @return how many tokens were forgotten
     */
    public int sweep() throws IOException {
        return server.sweep();
    }

    /** Stops listening, lets requests under way finish, and forgets every token. */
    @Override
    public void close() {
        server.close();
    }
}
