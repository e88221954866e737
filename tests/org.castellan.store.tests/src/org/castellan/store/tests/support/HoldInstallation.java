package org.castellan.store.tests.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.store.CastellanStore;
import org.castellan.store.internal.InstallationFiles;

/**
 * Main class of a second process that opens an installation and keeps it open until its standard
 * input closes: {@code castellan FOLDER} opens it as Castellan does, {@code derby FOLDER} boots the
 * database with Derby alone (as ij or a backup tool would), without Castellan's folder lock.
 */
public final class HoldInstallation {

    private HoldInstallation() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        System.setProperty("derby.stream.error.file", folder.resolve("logs/holder-derby.log").toString());
        if (args[0].equals("castellan")) {
            try (CastellanStore store = CastellanStore.open(folder, Optional.empty())) {
                holdUntilStdinCloses();
            }
        } else {
            InstallationFiles files = new InstallationFiles(folder);
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(files.database().toString());
            ds.setUser(files.readCredentials().user());
            ds.setPassword(files.readCredentials().password());
            try (var c = ds.getConnection()) {
                holdUntilStdinCloses();
            }
        }
    }

    private static void holdUntilStdinCloses() throws IOException {
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // keep the installation open
        }
    }
}
