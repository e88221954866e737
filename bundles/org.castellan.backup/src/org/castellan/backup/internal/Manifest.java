package org.castellan.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.SubMonitor;

/**
 * SHA-256 checksums of every file of a folder, in the format of {@code sha256sum} ("HEX  path"),
 * so that a plain backup can also be checked with {@code sha256sum -c MANIFEST.sha256}.
 */
final class Manifest {

    private final Map<String, String> checksums;

    private Manifest(Map<String, String> checksums) {
        this.checksums = checksums;
    }

    Map<String, String> checksums() {
        return checksums;
    }

    /** Checksums of every file under {@code root} but the manifest itself and the files named after it. */
    static Manifest of(Path root, String name, SubMonitor monitor, String... notCovered) throws IOException {
        return of(root, name, false, monitor, notCovered);
    }

    /**
     * Checksums of every file under {@code root} but the manifest itself and the files named
     * after it, several files at a time.
     *
     * @param force whether each file is also forced to the medium once read (before a backup is marked good)
     */
    static Manifest of(Path root, String name, boolean force, SubMonitor monitor, String... notCovered) throws IOException {
        return of(root, name, force, Map.of(), monitor, notCovered);
    }

    /**
     * As {@link #of(Path, String, boolean, SubMonitor, String...)}, taking the checksums of
     * {@code known} as they are: their files are not read again (nor forced, when {@code force}).
     */
    static Manifest of(Path root, String name, boolean force, Map<String, String> known, SubMonitor monitor, String... notCovered)
            throws IOException {
        List<String> files = Trees.files(root);
        files.remove(name);
        files.removeAll(List.of(notCovered));
        String[] sums = new String[files.size()];
        List<Parallel.Task> tasks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            sums[i] = known.get(files.get(i));
            if (sums[i] == null) {
                int index = i;
                Path file = root.resolve(files.get(i));
                tasks.add(() -> sums[index] = sha256(file, force));
            }
        }
        Parallel.run(tasks, monitor);
        Map<String, String> checksums = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            checksums.put(files.get(i), sums[i]);
        }
        return new Manifest(checksums);
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        checksums.forEach((path, sum) -> text.append(sum).append("  ").append(path).append('\n')); //$NON-NLS-1$
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Manifest read(Path file) throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int gap = line.indexOf("  "); //$NON-NLS-1$
                if (gap == 64) {
                    checksums.put(line.substring(gap + 2), line.substring(0, gap));
                } else if (!line.isBlank()) {
                    throw new IOException("malformed line in " + file.getFileName() + ": " + line); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return new Manifest(checksums);
    }

    /** Differences with another manifest (missing, extra, changed files), as a short readable list. */
    List<String> differences(Manifest actual) {
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(checksums.keySet())) {
            String found = actual.checksums.get(path);
            if (found == null) {
                problems.add(path + " (missing)"); //$NON-NLS-1$
            } else if (!found.equals(checksums.get(path))) {
                problems.add(path + " (changed)"); //$NON-NLS-1$
            }
        }
        for (String path : new TreeSet<>(actual.checksums.keySet())) {
            if (!checksums.containsKey(path)) {
                problems.add(path + " (added)"); //$NON-NLS-1$
            }
        }
        return problems;
    }

    static String sha256(Path file) throws IOException {
        return sha256(file, false);
    }

    /** @param force whether the file is also forced to the medium once read */
    static String sha256(Path file, boolean force) throws IOException {
        MessageDigest digest = digest();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (in.read(buffer.clear()) > 0) {
                digest.update(buffer.array(), 0, buffer.position());
            }
            if (force) {
                in.force(true);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
        }
    }
}
