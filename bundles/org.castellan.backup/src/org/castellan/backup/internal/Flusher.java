package org.castellan.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;

/**
 * Forces a folder's files to the medium in the background while the copy is checked; best effort,
 * the checksums force them again. Also forces single files and directories: a backup is marked
 * good only once the medium holds it.
 */
final class Flusher implements AutoCloseable {

    private final Thread thread;
    private volatile boolean stop;

    Flusher(Path folder) {
        thread = new Thread(() -> {
            try {
                for (String file : Trees.files(folder)) {
                    if (stop) {
                        return;
                    }
                    force(folder.resolve(file));
                }
            } catch (IOException | UncheckedIOException e) {
                // the checksums' pass forces every file again and reports what fails
            }
        }, "castellan-backup-flush"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        stop = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void force(Path... files) throws IOException {
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    /** Makes a rename in the directory durable where the system allows it (Linux does, not every system can open a directory). */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            ILog.of(Flusher.class).warn("Could not force " + dir + " to the medium: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
