package org.castellan.backup;

import java.util.Objects;

/**
 * An optional data set a bundle contributes through the extension point
 * {@code org.castellan.backup.datasets}: a folder of the installation (a price list, scanned
 * prescriptions) backed up and restored with it when the person ticks it.
 *
 * @param id          stable identifier, remembered in the options
 * @param label       what the backup dialog shows next to its check box
 * @param description a sentence on what it holds, or empty
 * @param path        the folder, relative to the installation folder
 * @param contributor the bundle that declared it
 *
 * @since 0.1
 */
public record DataSet(String id, String label, String description, String path, String contributor) {

    public DataSet {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(path);
        description = description == null ? "" : description; //$NON-NLS-1$
    }
}
