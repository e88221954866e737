package org.castellan.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Copying, listing, measuring and removing folder trees. */
final class Trees {

    private Trees() {
    }

    /** Regular files under {@code root}, as paths relative to it with '/' separators, sorted. */
    static List<String> files(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(relative(root, p)));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    static long size(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return Files.size(root);
        }
        long[] total = { 0 };
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }

    /**
     * Copies a folder tree (created unless it exists; its parent must exist), checking for cancellation
     * between files. Folders are created one level at a time, never with their parents: a medium
     * pulled out under a backup leaves an empty mount point, and nothing must be written there.
     */
    static void copy(Path from, Path to, SubMonitor monitor) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                if (!dir.equals(from) || !Files.isDirectory(target)) {
                    Files.createDirectory(target);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Files larger than this are copied in slices of this size, on several threads. */
    static final long SLICE = 32L << 20;

    /**
     * Copies the given files (relative paths, as {@link #files} gives them) from one folder to
     * another, in one pass through the kernel ({@link FileChannel#transferTo}, no copy into Java),
     * large files in slices, on several threads. The target folder must exist, the files must not;
     * folders are created one level at a time (see {@link #copy}).
     */
    static void copyFiles(Path from, Path to, List<String> files, SubMonitor monitor) throws IOException {
        java.util.SortedSet<String> folders = new java.util.TreeSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        for (String folder : folders) { // sorted: a parent comes before its children
            Files.createDirectory(to.resolve(folder));
        }
        List<Parallel.Task> slices = new ArrayList<>();
        for (String file : files) {
            Path source = from.resolve(file);
            Path target = to.resolve(file);
            long size = Files.size(source);
            try (FileChannel created = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // the slices below open it again, each at its own position
            }
            for (long position = 0; position < size; position += SLICE) {
                long start = position;
                long length = Math.min(SLICE, size - position);
                slices.add(() -> copySlice(source, target, start, length));
            }
        }
        Parallel.run(slices, monitor);
    }

    private static void copySlice(Path source, Path target, long position, long length) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            out.position(position);
            long done = 0;
            while (done < length) {
                long n = in.transferTo(position + done, length - done, out);
                if (n <= 0) {
                    throw new IOException(source + (in.size() < position + length ? " became shorter while it was copied" //$NON-NLS-1$
                            : " could not be copied")); //$NON-NLS-1$
                }
                done += n;
            }
        }
    }

    /** Removes a tree; what cannot be removed is logged and left. */
    static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | UncheckedIOException e) {
            ILog.of(Trees.class).warn("Could not remove " + root + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
