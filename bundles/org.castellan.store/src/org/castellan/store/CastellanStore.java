package org.castellan.store;

import java.nio.file.Path;
import java.util.Optional;

import org.castellan.store.internal.DerbyStores;
import org.castellan.store.internal.InstallationFiles;

/**
 * The persistent store of one installation: its Derby database, opened embedded (one
 * workstation), as the server of a shared installation, or as a client of one.
 * <p>
 * An installation folder holds {@code installation.properties}, the database in {@code database/},
 * the database credentials in {@code credentials.properties}, the key of the row seals in
 * {@code seal.key} (see {@link SealedRows}) and Derby's log in
 * {@code logs/derby.log}. Opening never deletes or rewrites existing data; every refusal is a
 * {@link StoreException} whose message names the folder and says what to do.
 *
 * @since 0.1
 */
public interface CastellanStore extends AutoCloseable {

    /**
     * What the folder's installation.properties says, or empty when the folder holds no
     * installation yet (a first start). Reads only; creates nothing.
     *
     * @throws StoreException if the folder is a file or its settings cannot be read
     */
    static Optional<InstallationSettings> settings(Path folder) throws StoreException {
        return DerbyStores.settings(folder);
    }

    /**
     * Checks, before anyone types anything, that a new installation could be created in the folder:
     * it is not a file, it can be created or written, and it holds no installation yet.
     */
    static void checkCanCreate(Path folder) throws StoreException {
        DerbyStores.checkCanCreate(folder);
    }

    /**
     * Whether a Castellan program (this one or another) holds the installation in the folder open:
     * whoever moves or replaces the folder waits until nobody does.
     */
    static boolean heldOpen(Path folder) {
        return DerbyStores.heldOpen(folder);
    }

    /**
     * Whether a file of an installation folder exists only while the installation is open or being
     * checked (its lock, write checks): a copy of the installation leaves it out.
     */
    static boolean transientFile(Path file) {
        return InstallationFiles.isTransient(file);
    }

    /**
     * Creates a new installation in an empty (or missing) folder and opens it embedded.
     *
     * @throws StoreException if the folder already holds an installation or cannot be written
     */
    static CastellanStore create(Path folder, NewInstallation options) throws StoreException {
        return DerbyStores.create(folder, options);
    }

    /**
     * Opens an existing installation in the mode its settings name, migrating an older schema.
     *
     * @param encryptionPassphrase the passphrase of an encrypted installation; ignored otherwise
     */
    static CastellanStore open(Path folder, Optional<char[]> encryptionPassphrase) throws StoreException {
        return DerbyStores.open(folder, encryptionPassphrase);
    }

    /**
     * Opens an installation of this workstation that another program (the server workstation's
     * workbench) holds open and shares: through that program's network server, so that its
     * database is never booted a second time. The store is a client ({@link StoreMode#CLIENT})
     * that still names the installation {@link #folder()}.
     *
     * @throws StoreException {@link StoreException.Problem#IN_USE} when the installation is not
     *                        shared (its database can only be reached from the program holding it),
     *                        {@link StoreException.Problem#SERVER_UNREACHABLE} when its server is not answering
     */
    static CastellanStore openThroughServer(Path folder) throws StoreException {
        return DerbyStores.openThroughServer(folder);
    }

    /** Connects to the database another workstation shares through its network server. */
    static CastellanStore connect(ServerAddress server, DatabaseCredentials credentials) throws StoreException {
        return DerbyStores.connect(server, credentials, Optional.empty());
    }

    /**
     * The same, with a copy of the installation's seal key ({@code seal.key}), without which this
     * client can write no row of the sealed tables (see {@link SealedRows}).
     *
     * @since 0.1
     */
    static CastellanStore connect(ServerAddress server, DatabaseCredentials credentials, Path sealKeyFile) throws StoreException {
        return DerbyStores.connect(server, credentials, Optional.of(sealKeyFile));
    }

    /** The installation folder on this workstation; empty for a client opened by {@link #connect}. */
    Optional<Path> folder();

    StoreMode mode();

    /** The installation's name, read without loading the model. */
    String installationName() throws StoreException;

    /** The schema version of the database, after migration. */
    int schemaVersion();

    ModelRepository model();

    /**
     * The members of the data models' dimensions, stored as rows of their own (a dimension may
     * have millions): never read with {@link #model()}.
     *
     * @since 0.1
     */
    MemberRows members();

    /** The journal Castellan's services write their changes to, in their transactions; empty without one. */
    Optional<ChangeJournal> journal();

    /**
     * Installs the journal (the audit bundle does, once it is bound to this store), or removes it
     * with null.
     */
    void journalTo(ChangeJournal journal);

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     */
    <T> T inTransaction(TransactionWork<T> work) throws StoreException;

    /**
     * Shares this embedded database with other workstations. The server accepts only
     * connections that present the installation's database credentials.
     *
     * @param host the address to listen on; {@code localhost} unless other workstations must reach it
     * @param port the port, or 0 to pick a free one
     */
    DatabaseServer startServer(String host, int port) throws StoreException;

    /** The credentials clients of this installation's server need. */
    DatabaseCredentials credentials();

    /**
     * Runs {@code action} once this store is closed and the installation's lock released, in the
     * thread that closes it: the application closes its store as it ends, before the framework
     * stops any bundle, so the action does not depend on the order bundles stop in. Actions run in
     * the order they were given; one that fails is logged and the others still run. On a closed
     * store the action runs at once.
     */
    void whenClosed(Runnable action);

    /** Closes the database (and the server, if this store started one), then runs the {@link #whenClosed} actions. */
    @Override
    void close();
}
