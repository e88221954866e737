package org.castellan.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.castellan.server.AdministrationServices;
import org.castellan.server.DecisionServices;
import org.castellan.server.RemoteCommands;
import org.castellan.server.ServerException;
import org.castellan.server.ServerOptions;
import org.castellan.server.client.Fingerprints;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.TokenSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.osgi.util.NLS;

/** Jetty set up for the API: one HTTPS connector (TLS 1.3, HTTP/1.1 keep-alive), the API handler, JSON errors. */
public final class ApiServer {

    private final Server jetty;
    private final ServerConnector connector;
    private final ServerKeyStore keys;
    private final DecisionServices services;
    private final Tokens tokens;
    private final ScheduledExecutorService sweeper;

    private ApiServer(Server jetty, ServerConnector connector, ServerKeyStore keys, DecisionServices services, Tokens tokens,
            ScheduledExecutorService sweeper) {
        this.jetty = jetty;
        this.connector = connector;
        this.keys = keys;
        this.services = services;
        this.tokens = tokens;
        this.sweeper = sweeper;
    }

    /** SLF4J's own warnings (slf4j.api 2 finds no provider unless SPI Fly registered one), unless the JVM was given a level. */
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity"; //$NON-NLS-1$

    public static ApiServer start(ServerKeyStore keys, DecisionServices services, RemoteCommands commands, AdministrationServices administration,
            ServerOptions options, Clock clock) throws ServerException {
        // Jetty's own logging is not kept (its problems reach the client as JSON errors, ours the
        // Eclipse log): without this, SLF4J warns on the console that it found no provider.
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR"); //$NON-NLS-1$
        }
        Tokens tokens;
        try {
            tokens = new Tokens(clock, services.sessions().settings().staleAfter(), new Tokens.Records() {
                @Override
                public void bind(String sessionId, String tokenHash) throws SessionException {
                    services.sessions().bindToken(sessionId, tokenHash);
                }

                @Override
                public Optional<TokenSession> find(String tokenHash) throws SessionException {
                    return services.sessions().sessionOfToken(tokenHash);
                }
            }, Fingerprints.of(keys.certificate()));
        } catch (SessionException e) {
            throw new ServerException(e.getMessage(), e);
        }
        SessionEndpoints sessions = new SessionEndpoints(services, tokens, new AttemptLimits(clock, options.attemptsPerAddress(), options.attemptWindow()),
                new AttemptLimits(clock, options.attemptsPerLogin(), options.attemptWindow()),
                new PasswordChecks(options.passwordChecks(), options.passwordQueue(), options.passwordWait()));
        DecisionEndpoints decisions = new DecisionEndpoints(services);
        String openApi = openApi();
        Map<Route, ApiHandler.Endpoint> endpoints = new EnumMap<>(Route.class);
        endpoints.put(Route.LOGIN, sessions::login);
        endpoints.put(Route.HEARTBEAT, sessions::heartbeat);
        endpoints.put(Route.LOGOUT, sessions::logout);
        endpoints.put(Route.OPTION, decisions::option);
        endpoints.put(Route.RIGHTS, decisions::rights);
        endpoints.put(Route.VISIBLE_OPTIONS, decisions::visibleOptions);
        endpoints.put(Route.MENU, decisions::menu);
        endpoints.put(Route.OBJECT, decisions::object);
        endpoints.put(Route.DATA_FILTER, decisions::dataFilter);
        endpoints.put(Route.JOURNAL, decisions::journal);
        EnrolmentEndpoints enrolment = new EnrolmentEndpoints(services, new Enrolments(clock),
                new AttemptLimits(clock, options.attemptsPerAddress(), options.attemptWindow()), Fingerprints.of(keys.certificate()));
        endpoints.put(Route.ENROLMENT_CODES, enrolment::issue);
        endpoints.put(Route.ENROL, enrolment::enrol);
        endpoints.put(Route.COMMANDS, new CommandEndpoint(commands)::run);
        endpoints.put(Route.SERVICE, new ServiceEndpoint(administration, services.access())::call);
        endpoints.put(Route.OPENAPI, call -> Reply.ok(new ApiHandler.RawJson(openApi)));

        Server jetty = jetty(keys, options, new ApiHandler(endpoints, tokens, options.maxBodyBytes()));
        ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new ServerException(NLS.bind(Messages.cannotListen, new Object[] { options.bindAddress(), options.port(), e.getMessage() }), e);
        }
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "castellan-server-sweep"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        ApiServer server = new ApiServer(jetty, connector, keys, services, tokens, sweeper);
        long every = options.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(server::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
        return server;
    }

    /**
     * Jetty as the API runs it, not started: its threads, one HTTPS connector (TLS 1.3, HTTP/1.1
     * keep-alive) on the options' address, JSON errors, and the handler given (the benchmarks give
     * one answering a constant, the floor of what a request costs here).
     */
    public static Server jetty(ServerKeyStore keys, ServerOptions options, Handler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("castellan-server"); //$NON-NLS-1$
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys.store());
        tls.setKeyStorePassword(new String(keys.password()));
        tls.setIncludeProtocols("TLSv1.3"); //$NON-NLS-1$
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // clients reach it by any of its names; they check the certificate themselves
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(jetty, new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        jetty.setHandler(handler);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setStopTimeout(5000);
        return jetty;
    }

    /** The OpenAPI description, a resource of this bundle (also in the repository's docs). */
    static String openApi() throws ServerException {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) { //$NON-NLS-1$
            return new String(Optional.ofNullable(in).orElseThrow(() -> new IOException("openapi.json is missing")).readAllBytes(), //$NON-NLS-1$
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServerException(e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public X509Certificate certificate() {
        return keys.certificate();
    }

    public int sweep() throws IOException {
        try {
            Set<String> open = new HashSet<>();
            for (SessionInfo session : services.sessions().sessions(Optional.empty())) {
                if (!session.stale()) {
                    open.add(session.id());
                }
            }
            return tokens.keepOnly(open);
        } catch (SessionException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (IOException | RuntimeException e) {
            // The database is unreachable for a moment: the tokens stay until the next sweep finds it again.
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
    }

    public void close() {
        sweeper.shutdownNow();
        stopQuietly(jetty);
        tokens.keepOnly(Set.of());
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            ILog.of(ApiServer.class).warn(e.getMessage(), e);
        }
    }
}
