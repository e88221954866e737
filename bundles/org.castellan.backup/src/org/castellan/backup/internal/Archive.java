package org.castellan.backup.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A backup packed in one file: a zip of the payload folder, deflated when compression is on
 * (stored otherwise), encrypted as it is written when a passphrase is given. Plain data of an
 * encrypted backup never touches the medium.
 */
final class Archive {

    static final String ZIP = "payload.zip"; //$NON-NLS-1$
    static final String ENCRYPTED = "payload.zip.aes"; //$NON-NLS-1$

    private Archive() {
    }

    static String fileName(boolean encrypted) {
        return encrypted ? ENCRYPTED : ZIP;
    }

    static void pack(Path folder, Path archive, boolean compress, char[] passphrase, SubMonitor monitor) throws IOException {
        List<String> files = Trees.files(folder);
        monitor.setWorkRemaining(files.size());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16);
                OutputStream sink = passphrase == null ? file : Encryption.DEFAULT.encrypting(file, passphrase);
                ZipOutputStream zip = new ZipOutputStream(sink)) {
            zip.setLevel(compress ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
            for (String name : files) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(folder.resolve(name), zip);
                zip.closeEntry();
                monitor.worked(1);
            }
        }
    }

    /**
     * Unpacks into {@code folder}; refuses entries that would land outside it.
     *
     * @throws Encryption.WrongPassphraseException for a wrong passphrase
     * @throws Encryption.TamperedException        when the encrypted file was changed
     */
    static void unpack(Path archive, Path folder, char[] passphrase, SubMonitor monitor) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            Files.createDirectory(root); // not with its parents: see Trees.copy
        }
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
                InputStream source = passphrase == null ? file : Encryption.decrypting(file, passphrase);
                ZipInputStream zip = new ZipInputStream(source)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.isDirectory()) {
                    throw new Encryption.TamperedException("unexpected entry " + entry.getName()); //$NON-NLS-1$
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                monitor.setWorkRemaining(100).worked(1);
            }
            // Reads to the end, so that an encrypted archive's last segment is authenticated too.
            source.transferTo(OutputStream.nullOutputStream());
        }
    }
}
