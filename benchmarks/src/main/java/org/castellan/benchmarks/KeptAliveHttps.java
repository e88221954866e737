package org.castellan.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP/1.1 client as lean as a host's can be: one TLS 1.3 socket per calling thread, kept alive,
 * a request written in one go and the answer read by its Content-Length (or chunks), nothing
 * else. Next to {@code java.net.http}, whose per-request machinery (its selector thread, futures,
 * header maps) costs about as much as the server's work for a request this small, it shows what
 * the server itself can answer. The JDK's own TLS, the server's certificate pinned.
 */
final class KeptAliveHttps implements AutoCloseable {

    /** A status and a body. */
    record Answer(int status, String body) {
    }

    private final SSLContext tls;
    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();

    KeptAliveHttps(SSLContext tls, String host, int port) {
        this.tls = tls;
        this.host = host;
        this.port = port;
    }

    /** POSTs a JSON body on this thread's connection, opened the first time. */
    Answer post(String path, String token, byte[] body) {
        Connection connection = connections.get();
        try {
            if (connection == null) {
                connection = open();
                connections.set(connection);
            }
            return connection.exchange(path, token, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Connection open() throws IOException {
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(host, port);
        socket.setTcpNoDelay(true);
        socket.setEnabledProtocols(new String[] { "TLSv1.3" });
        socket.startHandshake();
        Connection connection = new Connection(socket, host + ':' + port);
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    @Override
    public void close() {
        synchronized (opened) {
            for (Connection connection : opened) {
                try {
                    connection.socket.close();
                } catch (IOException e) {
                    // closing after the run: nothing to do
                }
            }
            opened.clear();
        }
    }

    private static final class Connection {
        private final SSLSocket socket;
        private final String authority;
        private final OutputStream out;
        private final InputStream in;

        Connection(SSLSocket socket, String authority) throws IOException {
            this.socket = socket;
            this.authority = authority;
            this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Answer exchange(String path, String token, byte[] body) throws IOException {
            String request = "POST " + path + " HTTP/1.1\r\nHost: " + authority + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] content;
            if (chunked) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                line();
                content = all.toByteArray();
            } else if (length >= 0) {
                content = in.readNBytes((int) length);
            } else {
                throw new IOException("an answer without a length on a kept-alive connection: " + status);
            }
            return new Answer(code, new String(content, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.write(c);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
