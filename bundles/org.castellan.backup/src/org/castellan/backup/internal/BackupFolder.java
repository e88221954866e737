package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.castellan.backup.BackupRecord;
import org.eclipse.core.runtime.ILog;

/**
 * The layout of one backup on a medium. A backup is written in {@code .partial-NAME} and renamed
 * to {@code NAME} ({@code castellan-yyyyMMdd-HHmmss}) only once verified: only folders with a
 * final name count as good.
 *
 * <pre>
 * castellan-20261122-080000/
 *   backup.properties        what it holds (installation, date, options, data set paths)
 *   verification.properties  rows of every table of the verified copy
 *   MANIFEST.sha256          SHA-256 of every other file ("sha256sum -c" reads it)
 *   journal-head             the audit journal's last row and hash when the backup began (castellan audit verify --head)
 *   payload/                 database/, configuration/, datasets/ID/ (plain backups), or
 *   payload.zip[.aes]        the same packed (compressed and/or encrypted), with CONTENTS.sha256 inside
 * </pre>
 */
final class BackupFolder {

    static final String PREFIX = "castellan-"; //$NON-NLS-1$
    static final String PARTIAL = ".partial-"; //$NON-NLS-1$
    static final String SCRATCH = ".scratch-"; //$NON-NLS-1$
    static final String REMOVING = ".removing-"; //$NON-NLS-1$
    static final String PROPERTIES = "backup.properties"; //$NON-NLS-1$
    static final String VERIFICATION = "verification.properties"; //$NON-NLS-1$
    static final String MANIFEST = "MANIFEST.sha256"; //$NON-NLS-1$
    static final String CONTENTS = "CONTENTS.sha256"; //$NON-NLS-1$
    static final String PAYLOAD = "payload"; //$NON-NLS-1$
    static final String CONFIGURATION = "configuration"; //$NON-NLS-1$
    static final String DATASETS = "datasets"; //$NON-NLS-1$

    private static final Pattern GOOD_NAME = Pattern.compile("castellan-\\d{8}-\\d{6}(-\\d+)?"); //$NON-NLS-1$
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

    private static final String INSTALLATION_ID = "installation.id"; //$NON-NLS-1$
    private static final String INSTALLATION_NAME = "installation.name"; //$NON-NLS-1$
    private static final String CREATED = "created"; //$NON-NLS-1$
    private static final String COMPRESSED = "compressed"; //$NON-NLS-1$
    private static final String ENCRYPTED = "encrypted"; //$NON-NLS-1$
    private static final String DATASET_PREFIX = "dataset."; //$NON-NLS-1$
    private static final String ROWS_PREFIX = "rows."; //$NON-NLS-1$

    /** What backup.properties says. */
    record Description(String installationId, String installationName, Instant created, boolean compressed, boolean encrypted,
            Map<String, String> dataSetPaths) {

        boolean packed() {
            return compressed || encrypted;
        }

        void write(Path folder) throws IOException {
            Properties p = new Properties();
            p.setProperty("format", "1"); //$NON-NLS-1$ //$NON-NLS-2$
            p.setProperty(INSTALLATION_ID, installationId);
            p.setProperty(INSTALLATION_NAME, installationName);
            p.setProperty(CREATED, created.toString());
            p.setProperty(COMPRESSED, Boolean.toString(compressed));
            p.setProperty(ENCRYPTED, Boolean.toString(encrypted));
            dataSetPaths.forEach((id, path) -> p.setProperty(DATASET_PREFIX + id, path));
            PropertiesFiles.store(p, folder.resolve(PROPERTIES));
        }

        static Description read(Path folder) throws IOException {
            Properties p = PropertiesFiles.load(folder.resolve(PROPERTIES));
            String id = p.getProperty(INSTALLATION_ID);
            String created = p.getProperty(CREATED);
            if (id == null || created == null) {
                throw new IOException(PROPERTIES + " is incomplete"); //$NON-NLS-1$
            }
            Map<String, String> dataSets = new LinkedHashMap<>();
            p.stringPropertyNames().stream().filter(k -> k.startsWith(DATASET_PREFIX)).sorted()
                    .forEach(k -> dataSets.put(k.substring(DATASET_PREFIX.length()), p.getProperty(k)));
            try {
                return new Description(id, p.getProperty(INSTALLATION_NAME, ""), Instant.parse(created), //$NON-NLS-1$
                        Boolean.parseBoolean(p.getProperty(COMPRESSED)), Boolean.parseBoolean(p.getProperty(ENCRYPTED)), dataSets);
            } catch (RuntimeException e) {
                throw new IOException(PROPERTIES + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
    }

    private BackupFolder() {
    }

    static String name(Instant created, ZoneId zone) {
        return PREFIX + STAMP.format(created.atZone(zone));
    }

    static boolean goodName(String name) {
        return GOOD_NAME.matcher(name).matches();
    }

    static void writeRows(Path folder, Map<String, Long> rows) throws IOException {
        Properties p = new Properties();
        rows.forEach((table, n) -> p.setProperty(ROWS_PREFIX + table, Long.toString(n)));
        PropertiesFiles.store(p, folder.resolve(VERIFICATION));
    }

    static Optional<Map<String, Long>> readRows(Path folder) throws IOException {
        Path file = folder.resolve(VERIFICATION);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = PropertiesFiles.load(file);
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(ROWS_PREFIX)) {
                rows.put(key.substring(ROWS_PREFIX.length()), Long.parseLong(p.getProperty(key).trim()));
            }
        }
        return Optional.of(rows);
    }

    /** The good backups of an installation in a medium directory, newest first; unreadable ones are logged and skipped. */
    static List<BackupRecord> good(Path medium, String installationId) throws IOException {
        List<BackupRecord> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(medium)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry) || !goodName(entry.getFileName().toString())
                        || !Files.isRegularFile(entry.resolve(MANIFEST))) {
                    continue;
                }
                try {
                    Description d = Description.read(entry);
                    if (d.installationId().equals(installationId)) {
                        found.add(record(entry, d));
                    }
                } catch (IOException e) {
                    ILog.of(BackupFolder.class).warn("Skipping unreadable backup " + entry + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        found.sort(Comparator.comparing(BackupRecord::created).reversed());
        return found;
    }

    static BackupRecord record(Path folder, Description d) throws IOException {
        Set<String> dataSets = new LinkedHashSet<>(d.dataSetPaths().keySet());
        return new BackupRecord(folder, d.created(), d.compressed(), d.encrypted(), dataSets, Trees.size(folder));
    }

    /** Leftovers of interrupted runs: partial backups, verification scratch, half-removed backups. */
    static List<Path> leftovers(Path medium) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(medium)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Arrays.asList(PARTIAL, SCRATCH, REMOVING).stream().anyMatch(name::startsWith)) {
                    leftovers.add(entry);
                }
            }
        }
        return leftovers;
    }

}
