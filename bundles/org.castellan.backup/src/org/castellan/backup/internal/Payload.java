package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.DataSet;
import org.castellan.store.CastellanStore;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The installation's files a backup's payload holds beside the database (its configuration, the
 * data sets chosen), copied there by a backup and back by a restore.
 */
final class Payload {

    /** The database credentials among the configuration's files: a copy of the database opens with them. */
    static final String CREDENTIALS = "credentials.properties"; //$NON-NLS-1$

    private Payload() {
    }

    /** The installation's own files (settings, credentials): every regular file of its folder but those the store only holds while open. */
    static void copyConfiguration(Path folder, Path into) throws IOException {
        Files.createDirectory(into);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : entries) {
                if (!CastellanStore.transientFile(file)) {
                    Files.copy(file, into.resolve(file.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** @return the path in the installation of each data set copied, by id */
    static Map<String, String> copyDataSets(Path folder, List<DataSet> installed, BackupOptions options, Path into, SubMonitor monitor)
            throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (DataSet dataSet : installed) {
            if (!options.dataSets().contains(dataSet.id())) {
                continue;
            }
            monitor.subTask(NLS.bind(Messages.stepDataSet, dataSet.label()));
            Path source = folder.resolve(dataSet.path()).normalize();
            if (!Files.isDirectory(into)) {
                Files.createDirectory(into);
            }
            Path target = into.resolve(dataSet.id());
            if (Files.isDirectory(source)) {
                Trees.copy(source, target, monitor);
            } else {
                Files.createDirectory(target);
            }
            paths.put(dataSet.id(), dataSet.path());
        }
        return paths;
    }

    /** Puts the configuration and the data sets of a payload back into a folder becoming the installation. */
    static void restore(Path payload, BackupFolder.Description description, Path installation, SubMonitor monitor) throws IOException {
        Trees.copy(payload.resolve(BackupFolder.CONFIGURATION), installation, monitor.split(5));
        for (Map.Entry<String, String> dataSet : description.dataSetPaths().entrySet()) {
            Path source = payload.resolve(BackupFolder.DATASETS).resolve(dataSet.getKey());
            if (Files.isDirectory(source) && ExtensionDataSets.relative(dataSet.getValue())) {
                Files.createDirectories(installation.resolve(dataSet.getValue()).getParent());
                Trees.copy(source, installation.resolve(dataSet.getValue()), monitor.split(1));
            }
        }
    }
}
