package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.SubMonitor;

/**
 * A backup folder's manifest, its checksums taken while the database copy in it is booted and
 * checked (the checks keep one core busy, the hashing another) rather than afterwards.
 * <p>
 * The boot writes to some of the files (its log, pages it recovers), so a checksum taken early
 * holds only if its file was not written since. Before the boot, every file's modification time
 * is set to a mark no write can give (2000-01-01, whole even seconds: FAT, with its 2-second
 * resolution, stores it exactly, so the test also holds on USB keys where a write in the same
 * two seconds as the copy would leave the time unchanged). A file still carrying the mark once
 * the copy is shut down was not written: its early checksum stands. Any other is read again.
 */
final class EarlyManifest implements AutoCloseable {

    private static final FileTime MARK = FileTime.from(Instant.parse("2000-01-01T00:00:00Z")); //$NON-NLS-1$

    private final Path root;
    private final Map<String, String> early = new ConcurrentHashMap<>();
    private final Parallel.Running hashing;

    private EarlyManifest(Path root, List<String> marked) {
        this.root = root;
        List<Parallel.Task> tasks = new ArrayList<>();
        for (String file : marked) {
            tasks.add(() -> early.put(file, Manifest.sha256(root.resolve(file), true)));
        }
        hashing = Parallel.start(tasks);
    }

    /** Marks every file under {@code root} and starts hashing them; call it before anything writes to them again. */
    static EarlyManifest start(Path root) throws IOException {
        List<String> files = Trees.files(root);
        List<String> marked = new ArrayList<>();
        for (String file : files) {
            try {
                Files.setLastModifiedTime(root.resolve(file), MARK);
                marked.add(file);
            } catch (IOException e) {
                // a medium that cannot set times (some network shares): that file is hashed at the end
            }
        }
        return new EarlyManifest(root, marked);
    }

    /**
     * Waits for the early checksums and completes them into the manifest of the folder as it is
     * now, every file forced to the medium; the marked files then get the time given.
     */
    Manifest finish(String name, FileTime completed, SubMonitor monitor, String... notCovered) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        hashing.await(progress.split(1));
        Map<String, String> unchanged = new HashMap<>();
        for (Map.Entry<String, String> sum : early.entrySet()) {
            Path file = root.resolve(sum.getKey());
            if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).equals(MARK)) {
                unchanged.put(sum.getKey(), sum.getValue());
            }
        }
        Manifest manifest = Manifest.of(root, name, true, unchanged, progress.split(1), notCovered);
        for (String file : unchanged.keySet()) {
            Files.setLastModifiedTime(root.resolve(file), completed);
        }
        return manifest;
    }

    /** Stops the hashing not yet started and waits for the rest (a backup that failed is removed afterwards). */
    @Override
    public void close() {
        hashing.close();
    }
}
