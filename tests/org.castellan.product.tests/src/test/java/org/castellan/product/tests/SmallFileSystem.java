package org.castellan.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real file system too small or read-only, mounted on a folder for a test (tmpfs; it needs the
 * right to mount, which the CI container's root has): where an export must fail and say why.
 */
final class SmallFileSystem implements AutoCloseable {

    private final Path folder;

    private SmallFileSystem(Path folder) {
        this.folder = folder;
    }

    /** Whether this run may mount at all (tried on a scratch folder). */
    static boolean mountable(Path scratch) throws IOException, InterruptedException {
        Path probe = Files.createDirectories(scratch.resolve("mount-probe"));
        try (SmallFileSystem probed = mount(probe, "size=64k")) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A read-only file system on {@code folder}: nothing can be created there. */
    static SmallFileSystem readOnly(Path folder) throws IOException, InterruptedException {
        return mount(folder, "ro,size=64k");
    }

    /** A file system on {@code folder} filled to the last byte by one file, {@code filler}. */
    static SmallFileSystem full(Path folder) throws IOException, InterruptedException {
        SmallFileSystem mounted = mount(folder, "size=64k");
        try (OutputStream filler = Files.newOutputStream(folder.resolve("filler"))) {
            byte[] block = new byte[512];
            while (true) {
                filler.write(block);
                filler.flush();
            }
        } catch (IOException noSpaceLeft) {
            return mounted;
        }
    }

    private static SmallFileSystem mount(Path folder, String options) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()), "mount a tmpfs on " + folder);
        return new SmallFileSystem(folder);
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("could not " + what + ": " + said);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", "-l", folder.toString()), "unmount " + folder);
    }
}
