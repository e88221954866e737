package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real media failures for tests: a size-limited tmpfs (a full medium), a read-only remount, a bind
 * mount taken away (a USB key pulled out). They need the right to mount (root in the CI
 * container); elsewhere the tests that use them are skipped, never faked.
 */
final class Mounts {

    private Mounts() {
    }

    static void assumeMountable() throws Exception {
        Path probe = Files.createTempDirectory("castellan-mount-probe");
        try {
            boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString()) == 0;
            if (mounted) {
                run("umount", probe.toString());
            }
            assumeTrue(mounted, "mounting a tmpfs needs privileges this run does not have");
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    static Mount tmpfs(Path at, String size) throws Exception {
        check(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()), "mount tmpfs");
        return new Mount(at);
    }

    static Mount bind(Path from, Path at) throws Exception {
        check(run("mount", "--bind", from.toString(), at.toString()), "mount --bind");
        return new Mount(at);
    }

    /** A mount that is taken away when closed (if it is still there). */
    static final class Mount implements AutoCloseable {
        private final Path at;
        private boolean mounted = true;

        Mount(Path at) {
            this.at = at;
        }

        void remountReadOnly() throws Exception {
            check(run("mount", "-o", "remount,ro,bind", at.toString()), "remount read-only");
        }

        /** Lazily detached, as a USB key pulled out while files are open. */
        void pullOut() throws Exception {
            check(run("umount", "-l", at.toString()), "umount -l");
            mounted = false;
        }

        @Override
        public void close() throws Exception {
            if (mounted) {
                run("umount", "-l", at.toString());
            }
        }
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with " + exit);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
