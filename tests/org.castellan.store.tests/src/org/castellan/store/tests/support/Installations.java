package org.castellan.store.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.internal.InstallationFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Installations for tests: created in a folder, filled with the sample pharmacy, fingerprinted. */
public final class Installations {

    private Installations() {
    }

    /** A connection to the installation's database without Castellan, as a repair tool would make. */
    public static Connection rawConnection(Path folder) throws StoreException, SQLException {
        InstallationFiles files = new InstallationFiles(folder);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(files.database().toString());
        ds.setUser(files.readCredentials().user());
        ds.setPassword(files.readCredentials().password());
        return ds.getConnection();
    }

    /** Creates an installation and stores the sample pharmacy in it; returns the open store. */
    public static CastellanStore createWithSample(Path folder) throws StoreException {
        CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted("Pharmacie du Centre"));
        fill(store, SampleInstallation.pharmacy());
        return store;
    }

    /** Moves everything the sample holds under the stored installation and writes it in one transaction. */
    public static Installation fill(CastellanStore store, Installation sample) throws StoreException {
        Installation stored = store.model().load();
        List<Entity> added = new ArrayList<>();
        for (EReference containment : sample.eClass().getEAllContainments()) {
            @SuppressWarnings("unchecked")
            List<EObject> from = (List<EObject>) sample.eGet(containment);
            @SuppressWarnings("unchecked")
            List<EObject> to = (List<EObject>) stored.eGet(containment);
            for (EObject child : List.copyOf(from)) {
                to.add(child);
                added.add((Entity) child);
            }
        }
        store.inTransaction(tx -> {
            store.model().insertAll(tx, added);
            return null;
        });
        return stored;
    }

    public static CastellanStore open(Path folder) throws StoreException {
        return CastellanStore.open(folder, Optional.empty());
    }

    /** SHA-256 of every file under a folder except Derby's lock files, by relative path. */
    public static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.endsWith(".lck")) {
                    result.put(name, sha256(file));
                }
            }
        }
        return result;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
