package org.castellan.server.client;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

import org.castellan.server.internal.Messages;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Castellan server as a client workstation reaches it: over TLS 1.3, trusting exactly the
 * certificate it pinned at enrolment (by its SHA-256 fingerprint) and nothing else, whatever
 * certificate authorities the machine trusts. Before enrolment, {@link #meet} reads the
 * certificate the server presents, trusting nothing, so that a person can compare its fingerprint.
 *
 * @since 0.1
 */
public final class PinnedServer {

    private static final Duration CONNECT = Duration.ofSeconds(10);
    /** A verb may take long on the server (a backup): the answer is waited for this long. */
    private static final Duration ANSWER = Duration.ofMinutes(30);

    private final String host;
    private final int port;
    private final String fingerprint;
    private final AtomicReference<String> presented = new AtomicReference<>();
    private final HttpClient http;

    /**
     * @param fingerprint the SHA-256 fingerprint of the only certificate trusted
     */
    public PinnedServer(String host, int port, String fingerprint) {
        this.host = host;
        this.port = port;
        this.fingerprint = fingerprint;
        try {
            SSLContext tls = SSLContext.getInstance("TLSv1.3"); //$NON-NLS-1$
            tls.init(null, new javax.net.ssl.TrustManager[] { new Pin(fingerprint, presented) }, null);
            this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(CONNECT).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The certificate the server at this address presents, read in a TLS handshake that trusts
     * anything and sends nothing: what a person compares with the fingerprint the server shows.
     */
    public static X509Certificate meet(String host, int port) throws ConnectionException {
        AtomicReference<String> ignored = new AtomicReference<>();
        AtomicReference<X509Certificate> seen = new AtomicReference<>();
        try {
            SSLContext tls = SSLContext.getInstance("TLSv1.3"); //$NON-NLS-1$
            tls.init(null, new javax.net.ssl.TrustManager[] { new Pin(null, ignored) {
                @Override
                void check(X509Certificate[] chain) {
                    seen.set(chain[0]);
                }
            } }, null);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
                socket.connect(new java.net.InetSocketAddress(host, port), (int) CONNECT.toMillis());
                socket.setSoTimeout((int) CONNECT.toMillis());
                socket.startHandshake();
            }
        } catch (IOException | GeneralSecurityException e) {
            throw unreachable(host, port, e);
        }
        if (seen.get() == null) {
            throw unreachable(host, port, null);
        }
        return seen.get();
    }

    public Answer post(String path, JsonObject body, Optional<String> token) throws ConnectionException {
        return send(request(path, token).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Answer get(String path, Optional<String> token) throws ConnectionException {
        return send(request(path, token).GET());
    }

    public Answer delete(String path, Optional<String> token) throws ConnectionException {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://" + authority() + path)).timeout(ANSWER); //$NON-NLS-1$
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t)); //$NON-NLS-1$ //$NON-NLS-2$
        return request;
    }

    private String authority() {
        return (host.contains(":") ? '[' + host + ']' : host) + ':' + port; //$NON-NLS-1$
    }

    private Answer send(HttpRequest.Builder request) throws ConnectionException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            String seen = presented.get();
            if (seen != null && !Fingerprints.same(seen, fingerprint)) {
                throw new ConnectionException(ConnectionException.Problem.CERTIFICATE_CHANGED,
                        NLS.bind(Messages.certificateChanged, new Object[] { host + ':' + port, seen, fingerprint }), e);
            }
            throw unreachable(host, port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(host, port, e);
        }
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(response.body());
            json = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException e) {
            json = new JsonObject();
        }
        return new Answer(response.statusCode(), json);
    }

    private static ConnectionException unreachable(String host, int port, Exception cause) {
        String why = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return new ConnectionException(ConnectionException.Problem.UNREACHABLE, NLS.bind(Messages.serverUnreachable, host + ':' + port, why), cause);
    }

    /** Trusts the one certificate whose fingerprint is pinned, and notes what was presented. */
    private static class Pin extends X509ExtendedTrustManager {

        private final String pinned;
        private final AtomicReference<String> presented;

        Pin(String pinned, AtomicReference<String> presented) {
            this.pinned = pinned;
            this.presented = presented;
        }

        void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no certificate"); //$NON-NLS-1$
            }
            String seen = Fingerprints.of(chain[0]);
            presented.set(seen);
            if (!Fingerprints.same(seen, pinned)) {
                throw new CertificateException("not the pinned certificate"); //$NON-NLS-1$
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("a client trusts no client"); //$NON-NLS-1$
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("a client trusts no client"); //$NON-NLS-1$
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a client trusts no client"); //$NON-NLS-1$
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
