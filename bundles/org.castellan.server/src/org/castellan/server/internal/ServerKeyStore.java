package org.castellan.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Enumeration;

import org.castellan.server.ServerException;
import org.eclipse.osgi.util.NLS;

/**
 * The server's key and certificate: the PKCS#12 file the installer gives, or the one generated at
 * the first start in the installation's {@value #FOLDER} folder (owner-only, with the random
 * password that opens it), whose certificate is also written as {@value #CERTIFICATE_FILE} in the
 * installation folder for clients to pin.
 *
 * @param store    the key store to serve with
 * @param password its password
 */
public record ServerKeyStore(KeyStore store, char[] password) {

    /** The folder of the generated key store, inside the installation folder. */
    public static final String FOLDER = "server"; //$NON-NLS-1$
    static final String KEY_STORE_FILE = "server.p12"; //$NON-NLS-1$
    static final String PASSWORD_FILE = "server.p12.password"; //$NON-NLS-1$
    /** The server's certificate (PEM), public: what a client or host application pins. */
    public static final String CERTIFICATE_FILE = "server-certificate.pem"; //$NON-NLS-1$
    private static final String ALIAS = "castellan-server"; //$NON-NLS-1$

    /** Reads the installer's PKCS#12. */
    public static ServerKeyStore provided(Path file, char[] password) throws ServerException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
            store.load(in, password);
            if (privateKeyAlias(store) == null) {
                throw new GeneralSecurityException(Messages.keyStoreWithoutKey);
            }
            return new ServerKeyStore(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new ServerException(NLS.bind(Messages.keyStoreUnreadable, file, e.getMessage()), e);
        }
    }

    /** The generated key store of the installation, made at the first start. */
    public static ServerKeyStore generated(Path installationFolder, String bindAddress, Instant now) throws ServerException {
        Path folder = installationFolder.resolve(FOLDER);
        Path file = folder.resolve(KEY_STORE_FILE);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return provided(file, Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray());
            }
            SelfSignedCertificate generated = SelfSignedCertificate.generate(now, bindAddress);
            char[] password = randomPassword();
            KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
            store.load(null, null);
            store.setKeyEntry(ALIAS, generated.key().getPrivate(), password, new Certificate[] { generated.certificate() });
            ownerOnlyFolder(folder);
            // The password first: a key store without it would be unusable at the next start.
            try (OutputStream out = ownerOnlyFile(passwordFile)) {
                out.write(new String(password).getBytes(StandardCharsets.US_ASCII));
            }
            try (OutputStream out = ownerOnlyFile(file)) {
                store.store(out, password);
            }
            Files.writeString(installationFolder.resolve(CERTIFICATE_FILE), pem(generated.certificate()), StandardCharsets.US_ASCII);
            return new ServerKeyStore(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new ServerException(NLS.bind(Messages.keyStoreUnwritable, folder, e.getMessage()), e);
        }
    }

    /** The certificate the server presents. */
    public X509Certificate certificate() {
        try {
            return (X509Certificate) store.getCertificate(privateKeyAlias(store));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate as PEM text. */
    public static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(certificate.getEncoded()) //$NON-NLS-1$
                + "\n-----END CERTIFICATE-----\n"; //$NON-NLS-1$
    }

    private static String privateKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements();) {
            String alias = aliases.nextElement();
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    private static char[] randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (!posix()) {
            Files.createDirectories(folder);
            return;
        }
        FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, owner);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
    }

    /** A new file only its owner may read, created so from the start (no moment where others could open it). */
    private static OutputStream ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
