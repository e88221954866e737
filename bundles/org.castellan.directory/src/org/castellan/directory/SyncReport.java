package org.castellan.directory;

import java.util.List;

/**
 * What {@link DirectoryService#synchronize} did.
 *
 * @param checked  domain users compared with the directory
 * @param updated  those whose account changed (disabled, or groups)
 * @param disabled those disabled because they are gone from the directory or disabled there
 * @param errors   what could not be read (a mapped group missing...): the groups concerned were left as they were
 *
 * @since 0.1
 */
public record SyncReport(int checked, int updated, int disabled, List<String> errors) {

    public SyncReport {
        errors = List.copyOf(errors);
    }
}
