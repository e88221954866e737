package org.castellan.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseCredentials;
import org.castellan.store.InstallationSettings;
import org.castellan.store.NewInstallation;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.StoreMode;
import org.eclipse.osgi.util.NLS;

/** Creates, opens and connects to installation databases. */
public final class DerbyStores {

    private static final String DATABASE_USER = "castellan"; //$NON-NLS-1$

    private DerbyStores() {
    }

    public static void checkCanCreate(Path folder) throws StoreException {
        InstallationFiles files = new InstallationFiles(folder);
        files.checkNotEnrolled();
        files.checkUsable(true);
        if (files.hasSettings() || Files.exists(files.database())) {
            throw new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.alreadyAnInstallation, files.folder()));
        }
    }

    public static CastellanStore create(Path folder, NewInstallation options) throws StoreException {
        checkCanCreate(folder);
        InstallationFiles files = new InstallationFiles(folder);
        FolderLock lock = FolderLock.acquire(files.folder());
        boolean created = false;
        try {
            DerbyEngine.configure(files.derbyLog());
            DatabaseCredentials credentials = new DatabaseCredentials(DATABASE_USER, randomSecret());
            EncryptionSettings encryption = options.encryptionPassphrase().map(EncryptionSettings::create).orElse(null);
            createDatabase(files, credentials, encryption);
            created = true;
            files.writeCredentials(credentials);
            byte[] sealKey = files.writeNewSealKey();
            if (encryption != null) {
                encryption.writeTo(files);
            }
            // Written last: a folder without it is not taken for a finished installation.
            files.writeNewSettings(options.name(), encryption != null, options.server());
            DerbyStore store = openEmbedded(files, lock, credentials, encryption == null ? null : encryption.bootAttributes(false),
                    StoreMode.EMBEDDED, sealKey);
            insertInstallation(store, options.name());
            return store;
        } catch (IOException e) {
            lock.close();
            removeUnfinished(files, created);
            throw new StoreException(Problem.READ_ONLY, NLS.bind(Messages.folderNotCreatable, files.folder(), e.getMessage()), e);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            removeUnfinished(files, created);
            throw e;
        }
    }

    public static Optional<InstallationSettings> settings(Path folder) throws StoreException {
        InstallationFiles files = new InstallationFiles(folder);
        if (Files.exists(files.folder()) && !Files.isDirectory(files.folder())) {
            throw new StoreException(Problem.NOT_A_FOLDER, NLS.bind(Messages.folderIsAFile, files.folder()));
        }
        return files.hasSettings() ? Optional.of(files.readSettings()) : Optional.empty();
    }

    public static boolean heldOpen(Path folder) {
        return FolderLock.isHeld(new InstallationFiles(folder).folder());
    }

    public static CastellanStore open(Path folder, Optional<char[]> passphrase) throws StoreException {
        InstallationFiles files = new InstallationFiles(folder);
        files.checkNotEnrolled();
        InstallationSettings settings = settings(folder).orElseThrow(
                () -> new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.notAnInstallation, files.folder())));
        DatabaseCredentials credentials = files.readCredentials();
        if (settings.mode() == StoreMode.CLIENT) {
            return connect(settings.server().orElseThrow(), credentials, Optional.of(files.sealKeyFile()));
        }
        files.checkUsable(false);
        FolderLock lock = FolderLock.acquire(files.folder());
        try {
            if (!Files.isDirectory(files.database())) {
                throw new StoreException(Problem.DATABASE_MISSING,
                        NLS.bind(Messages.databaseMissing, files.folder(), files.database()));
            }
            String attributes = null;
            if (settings.encrypted()) {
                char[] secret = passphrase.filter(p -> p.length > 0).orElseThrow(() -> new StoreException(Problem.BOOT_PASSWORD,
                        NLS.bind(Messages.passphraseMissing, files.folder())));
                attributes = EncryptionSettings.readFrom(files).key(secret).bootAttributes(false);
            }
            DerbyEngine.configure(files.derbyLog());
            DerbyStore store = openEmbedded(files, lock, credentials, attributes, settings.mode(), files.readSealKey().orElse(null));
            if (settings.mode() == StoreMode.SERVER) {
                ServerAddress listen = settings.server().orElseThrow();
                try {
                    store.startServer(listen.host(), listen.port());
                } catch (StoreException e) {
                    store.close();
                    throw e;
                }
            }
            return store;
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public static CastellanStore openThroughServer(Path folder) throws StoreException {
        InstallationFiles files = new InstallationFiles(folder);
        InstallationSettings settings = settings(folder).orElseThrow(
                () -> new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.notAnInstallation, files.folder())));
        if (settings.mode() != StoreMode.SERVER) {
            throw new StoreException(Problem.IN_USE, NLS.bind(Messages.notSharedSoInUse, files.folder()));
        }
        ServerAddress listen = settings.server().orElseThrow();
        String host = listen.host().equals("0.0.0.0") || listen.host().equals("::") ? "localhost" : listen.host(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ServerAddress local = new ServerAddress(host, listen.port(), listen.databasePath());
        DatabaseCredentials credentials = files.readCredentials();
        String where = files.folder() + " (" + host + ":" + listen.port() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        NetworkSource source = new NetworkSource(ClientDriver.get(), local, credentials);
        DerbyStore store = new DerbyStore(files, StoreMode.CLIENT, source, null, credentials, where,
                new Sealer(files, files.sealKeyFile(), files.readSealKey().orElse(null)));
        migrate(store, source, where);
        return store;
    }

    public static CastellanStore connect(ServerAddress server, DatabaseCredentials credentials, Optional<Path> sealKeyFile)
            throws StoreException {
        String where = server.host() + ":" + server.port(); //$NON-NLS-1$
        NetworkSource source = new NetworkSource(ClientDriver.get(), server, credentials);
        byte[] key = sealKeyFile.isPresent() ? InstallationFiles.readSealKey(sealKeyFile.get()).orElse(null) : null;
        DerbyStore store = new DerbyStore(null, StoreMode.CLIENT, source, null, credentials, where,
                new Sealer(null, sealKeyFile.orElse(null), key));
        migrate(store, source, where);
        return store;
    }

    private static DerbyStore openEmbedded(InstallationFiles files, FolderLock lock, DatabaseCredentials credentials,
            String attributes, StoreMode mode, byte[] sealKey) throws StoreException {
        EmbeddedSource source = new EmbeddedSource(files.database(), credentials, attributes);
        DerbyStore store = new DerbyStore(files, mode, source, lock, credentials, files.folder().toString(),
                new Sealer(files, files.sealKeyFile(), sealKey));
        try {
            migrate(store, source, files.folder().toString());
        } catch (StoreException e) {
            source.shutdown();
            throw e;
        }
        return store;
    }

    private static void migrate(DerbyStore store, ConnectionSource source, String where) throws StoreException {
        Connection c;
        try {
            c = source.open();
        } catch (SQLException e) {
            throw DerbyErrors.onOpen(e, where);
        }
        try (c) {
            Migrator migrator = new Migrator();
            int before = migrator.currentVersionIfAny(c);
            store.setSchemaVersion(migrator.migrate(c, where));
            if (before < Migrator.SEALS && store.schemaVersion() >= Migrator.SEALS) {
                sealMigrated(store, c, before > 0);
            } else if (before < Migrator.MAPPINGS_SEALED && store.schemaVersion() >= Migrator.MAPPINGS_SEALED && store.sealer().hasKey()) {
                // a table sealed since a later schema than the installation's seals: its rows as they are, once
                inOneTransaction(c, () -> store.sealer().sealTable(c, SealedTable.DIRECTORY_GROUP_MAPPINGS));
            }
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, where);
        }
    }

    /**
     * An installation created before the seals gets a key (unless its folder has one) and every
     * row sealed as it is now, once, in one transaction; a new database gets its key's check value.
     */
    private static void sealMigrated(DerbyStore store, Connection c, boolean existing) throws SQLException, StoreException {
        Sealer sealer = store.sealer();
        if (!sealer.hasKey()) {
            sealer.newKey();
        }
        inOneTransaction(c, () -> {
            if (existing) {
                SealingJournal.sealMigrated(sealer, c);
            } else {
                sealer.sealEverything(c); // nothing to seal yet: the totals and the key's check value
            }
        });
    }

    /** Work on the connection the migration holds. */
    @FunctionalInterface
    private interface MigrationWork {
        void run() throws SQLException;
    }

    private static void inOneTransaction(Connection c, MigrationWork work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void insertInstallation(DerbyStore store, String name) throws StoreException {
        Installation installation = CastellanFactory.eINSTANCE.createInstallation();
        installation.setId(UUID.randomUUID().toString());
        installation.setName(name);
        store.model().insert(installation);
    }

    /**
     * Creates the database with authentication required for every connection, embedded or over
     * the network, then shuts it down so those settings take effect at the next boot.
     */
    private static void createDatabase(InstallationFiles files, DatabaseCredentials credentials, EncryptionSettings encryption)
            throws StoreException {
        String attributes = encryption == null ? null : encryption.bootAttributes(true);
        EmbeddedDataSource ds = EmbeddedSource.dataSource(files.database(), credentials, attributes);
        ds.setCreateDatabase("create"); //$NON-NLS-1$
        try (Connection c = ds.getConnection()) {
            setProperty(c, "derby.user." + credentials.user(), credentials.password()); //$NON-NLS-1$
            setProperty(c, "derby.authentication.provider", "BUILTIN"); //$NON-NLS-1$ //$NON-NLS-2$
            setProperty(c, "derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            setProperty(c, "derby.database.propertiesOnly", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            setProperty(c, "derby.database.defaultConnectionMode", "fullAccess"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (SQLException e) {
            throw DerbyErrors.onOpen(e, files.folder().toString());
        }
        new EmbeddedSource(files.database(), credentials, null).shutdown();
    }

    private static void setProperty(Connection c, String key, String value) throws SQLException {
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
            call.setString(1, key);
            call.setString(2, value);
            call.execute();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Removes what a failed creation wrote; never called for an installation that existed before. */
    private static void removeUnfinished(InstallationFiles files, boolean databaseCreated) {
        try {
            Files.deleteIfExists(files.folder().resolve(InstallationFiles.SETTINGS));
            Files.deleteIfExists(files.folder().resolve(InstallationFiles.CREDENTIALS));
            Files.deleteIfExists(files.sealKeyFile());
            Files.deleteIfExists(files.folder().resolve(EncryptionSettings.FILE));
            if (databaseCreated && Files.isDirectory(files.database())) {
                try (Stream<Path> walk = Files.walk(files.database())) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            // left for the person to remove; the folder is not taken for an installation without its settings
        }
    }
}
