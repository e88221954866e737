package org.castellan.directory.internal;

import java.io.IOException;
import java.util.Optional;

import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;

/** The directory of an opened installation: its settings from the database, its service password from its folder. */
final class InstallationDirectory {

    private InstallationDirectory() {
    }

    static Directory of(CastellanStore store) throws StoreException, IOException {
        Optional<char[]> password = store.folder().isPresent() ? new ServicePasswordFile(store.folder().get()).read() : Optional.empty();
        return new Directory(store.inTransaction(SettingsReading::read), password);
    }
}
