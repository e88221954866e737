package org.castellan.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The directory service account's password, kept in the installation folder beside the database
 * credentials ({@value #NAME}), readable and writable only by its owner, replaced whole (never
 * half-written). It is not in the database, so neither the journal nor a backup's export holds it.
 */
final class ServicePasswordFile {

    static final String NAME = "directory-credentials.properties"; //$NON-NLS-1$
    private static final String KEY = "service.password"; //$NON-NLS-1$

    private final Path file;

    ServicePasswordFile(Path installationFolder) {
        this.file = installationFolder.resolve(NAME);
    }

    Optional<char[]> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String password = p.getProperty(KEY);
        return password == null || password.isEmpty() ? Optional.empty() : Optional.of(password.toCharArray());
    }

    /** Writes {@code password}, or removes the file when it is empty. */
    void write(char[] password) throws IOException {
        if (password.length == 0) {
            Files.deleteIfExists(file);
            return;
        }
        Path temporary = file.resolveSibling(NAME + ".new"); //$NON-NLS-1$
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary);
        }
        Properties p = new Properties();
        p.setProperty(KEY, new String(password));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            p.store(out, "Castellan: the directory service account's password; do not share"); //$NON-NLS-1$
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
