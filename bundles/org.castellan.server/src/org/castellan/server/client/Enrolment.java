package org.castellan.server.client;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.castellan.server.internal.Messages;
import org.castellan.server.internal.ServerKeyStore;
import org.eclipse.osgi.util.NLS;

/**
 * A client workstation's enrolment with the Castellan server, kept in its installation folder as
 * {@value #FILE}: where the server listens and the fingerprint of the certificate pinned when the
 * workstation enrolled (the certificate itself beside it, {@value #CERTIFICATE_FILE}). A folder
 * holding it talks to the server only, and holds no database credential.
 *
 * @param host        the server's address
 * @param port        its port
 * @param fingerprint the SHA-256 fingerprint of the pinned certificate
 * @param enrolledAt  when
 *
 * @since 0.1
 */
public record Enrolment(String host, int port, String fingerprint, Instant enrolledAt) {

    public static final String FILE = "enrolment.properties"; //$NON-NLS-1$
    public static final String CERTIFICATE_FILE = "enrolment-certificate.pem"; //$NON-NLS-1$
    private static final String HOST = "server.host"; //$NON-NLS-1$
    private static final String PORT = "server.port"; //$NON-NLS-1$
    private static final String FINGERPRINT = "server.certificate.sha256"; //$NON-NLS-1$
    private static final String ENROLLED_AT = "enrolled.at"; //$NON-NLS-1$

    /** The server this enrolment pins. */
    public PinnedServer server() {
        return new PinnedServer(host, port, fingerprint);
    }

    /** The folder's enrolment; empty when it has none (an installation that opens its database). */
    public static Optional<Enrolment> read(Path folder) throws IOException {
        return readFile(folder.resolve(FILE));
    }

    /** An address and fingerprint kept in this form elsewhere (where a running server listens); empty when the file is missing. */
    public static Optional<Enrolment> readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new Enrolment(required(properties, HOST, file), Integer.parseInt(required(properties, PORT, file).strip()),
                    required(properties, FINGERPRINT, file), Instant.parse(properties.getProperty(ENROLLED_AT, Instant.EPOCH.toString()).strip())));
        } catch (RuntimeException e) {
            throw new IOException(NLS.bind(Messages.enrolmentUnreadable, file, e.getMessage()), e);
        }
    }

    private static String required(Properties properties, String key, Path file) throws IOException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(NLS.bind(Messages.enrolmentUnreadable, file, key));
        }
        return value.strip();
    }

    /** Writes the enrolment and the pinned certificate (written aside, then moved into place). */
    public void write(Path folder, X509Certificate certificate) throws IOException {
        String certificatePem;
        try {
            certificatePem = ServerKeyStore.pem(certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CERTIFICATE_FILE), certificatePem, StandardCharsets.US_ASCII);
        store(folder.resolve(FILE), "Castellan: this workstation talks to the Castellan server only"); //$NON-NLS-1$
    }

    /** Writes the address and fingerprint alone to a file (written aside, then moved into place). */
    public void store(Path file, String comment) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(HOST, host);
        properties.setProperty(PORT, Integer.toString(port));
        properties.setProperty(FINGERPRINT, fingerprint);
        properties.setProperty(ENROLLED_AT, enrolledAt.toString());
        Path aside = file.resolveSibling(file.getFileName() + ".new"); //$NON-NLS-1$
        try (Writer out = Files.newBufferedWriter(aside, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
            Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
        }
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
