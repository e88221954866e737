package org.castellan.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.osgi.util.NLS;

/**
 * An operating-system lock on {@code castellan.lock} held while an installation is open, so that a
 * second Castellan process is refused with a message naming the first one before Derby is even
 * asked (two JVMs booting one Derby database can damage it).
 */
final class FolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path folder) throws StoreException {
        Path file = folder.resolve(InstallationFiles.LOCK);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw new StoreException(Problem.IN_USE, NLS.bind(Messages.inUseInThisProgram, folder), e);
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new StoreException(Problem.IN_USE, NLS.bind(Messages.inUseByProcess, folder, holder));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Problem.READ_ONLY, NLS.bind(Messages.folderNotWritable, folder), e);
        }
    }

    /** Whether a Castellan program (this one or another) holds the folder's lock; taken for a moment, then released. */
    static boolean isHeld(Path folder) {
        Path file = folder.resolve(InstallationFiles.LOCK);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this machine"; //$NON-NLS-1$
        }
        return "process " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
