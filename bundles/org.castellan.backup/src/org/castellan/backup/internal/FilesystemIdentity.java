package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Linux tells about the filesystem a directory lives on: its mount point and device (from
 * {@code /proc/self/mountinfo}) and the UUID and label {@code /dev/disk/by-uuid} and
 * {@code /dev/disk/by-label} give that device. Everything is optional: other systems, containers
 * and network shares give less, and the medium marker alone then identifies the medium.
 *
 * @param mountPoint the mount point holding the directory
 * @param device     the mounted device or source ({@code /dev/sdb1}, {@code server:/share})
 * @param type       the filesystem type (vfat, ext4, nfs, tmpfs...)
 */
record FilesystemIdentity(Optional<Path> mountPoint, Optional<String> device, Optional<String> type, Optional<String> uuid,
        Optional<String> label) {

    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo"); //$NON-NLS-1$
    private static final Path BY_UUID = Path.of("/dev/disk/by-uuid"); //$NON-NLS-1$
    private static final Path BY_LABEL = Path.of("/dev/disk/by-label"); //$NON-NLS-1$

    static final FilesystemIdentity UNKNOWN = new FilesystemIdentity(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** A mounted filesystem: its mount point, source and type. */
    record Mount(Path point, String source, String type) {
    }

    static FilesystemIdentity of(Path directory) {
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            return UNKNOWN;
        }
        Mount best = null;
        for (Mount mount : mounts()) {
            if (real.startsWith(mount.point()) && (best == null || mount.point().getNameCount() >= best.point().getNameCount())) {
                best = mount;
            }
        }
        if (best == null) {
            return UNKNOWN;
        }
        return new FilesystemIdentity(Optional.of(best.point()), Optional.of(best.source()), Optional.of(best.type()),
                linkTo(BY_UUID, best.source()), linkTo(BY_LABEL, best.source()));
    }

    /** Whether the filesystem is of a kind people plug in and take away (USB keys, SD cards). */
    boolean removable() {
        return type.filter(t -> t.equals("vfat") || t.equals("exfat") || t.equals("ntfs") || t.equals("ntfs3") || t.equals("fuseblk")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .isPresent() || mountPoint.map(p -> p.startsWith("/media") || p.startsWith("/run/media")).orElse(false); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Every mount point of this process's view, in mount order (later mounts hide earlier ones). */
    static List<Mount> mounts() {
        List<Mount> mounts = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return mounts;
        }
        for (String line : lines) {
            // id parent major:minor root mount-point options [optional fields] - type source super-options
            String[] fields = line.split(" "); //$NON-NLS-1$
            int dash = List.of(fields).indexOf("-"); //$NON-NLS-1$
            if (fields.length < 5 || dash < 0 || dash + 2 >= fields.length) {
                continue;
            }
            mounts.add(new Mount(Path.of(unescape(fields[4])), unescape(fields[dash + 2]), fields[dash + 1]));
        }
        return mounts;
    }

    /** mountinfo escapes spaces, tabs, newlines and backslashes as octal. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length()) {
                try {
                    out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the backslash
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** udev escapes characters of labels as \\xHH. */
    private static String unhex(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (name.startsWith("\\x", i) && i + 4 <= name.length()) { //$NON-NLS-1$
                try {
                    out.append((char) Integer.parseInt(name.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape
                }
            }
            out.append(name.charAt(i));
        }
        return out.toString();
    }

    private static Optional<String> linkTo(Path folder, String device) {
        if (!device.startsWith("/dev/") || !Files.isDirectory(folder)) { //$NON-NLS-1$
            return Optional.empty();
        }
        try (DirectoryStream<Path> links = Files.newDirectoryStream(folder)) {
            Path target = Path.of(device).toRealPath();
            for (Path link : links) {
                if (link.toRealPath().equals(target)) {
                    return Optional.of(unhex(link.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            // no identity from this folder
        }
        return Optional.empty();
    }
}
