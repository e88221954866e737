package org.castellan.store.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.DatabaseCredentials;
import org.castellan.store.DatabaseServer;
import org.castellan.store.MemberRows;
import org.castellan.store.ModelRepository;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.StoreMode;
import org.castellan.store.TransactionWork;
import org.eclipse.core.runtime.ILog;

/** An open installation database. Created by {@link DerbyStores}. */
public final class DerbyStore implements CastellanStore {

    private final InstallationFiles files;
    private final StoreMode mode;
    private final ConnectionSource source;
    private final FolderLock lock;
    private final DatabaseCredentials credentials;
    private final String description;
    private final JdbcModelRepository repository;
    private final MemberTable members;
    private final Sealer sealer;
    private volatile ChangeJournal journal;
    private int schemaVersion;
    private NetworkServer server;
    private final List<Runnable> whenClosed = new ArrayList<>();
    private boolean closed;

    DerbyStore(InstallationFiles files, StoreMode mode, ConnectionSource source, FolderLock lock,
            DatabaseCredentials credentials, String description, Sealer sealer) {
        this.sealer = sealer;
        this.files = files;
        this.mode = mode;
        this.source = source;
        this.lock = lock;
        this.credentials = credentials;
        this.description = description;
        this.repository = new JdbcModelRepository(this, ModelMapping.castellan());
        this.members = new MemberTable(this);
    }

    void setSchemaVersion(int version) {
        this.schemaVersion = version;
    }

    /** The folder or server this store reads, as messages name it. */
    public String describe() {
        return description;
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(files).map(InstallationFiles::folder);
    }

    @Override
    public StoreMode mode() {
        return server != null ? StoreMode.SERVER : mode;
    }

    @Override
    public String installationName() throws StoreException {
        return inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT name FROM installation")) { //$NON-NLS-1$
                return rs.next() ? rs.getString(1) : ""; //$NON-NLS-1$
            }
        });
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Optional<ChangeJournal> journal() {
        return Optional.ofNullable(journal);
    }

    @Override
    public void journalTo(ChangeJournal newJournal) {
        journal = newJournal;
        if (newJournal != null) {
            SealingJournal.recordPending(this, newJournal);
        }
    }

    Sealer sealer() {
        return sealer;
    }

    @Override
    public ModelRepository model() {
        return repository;
    }

    @Override
    public MemberRows members() {
        return members;
    }

    @Override
    public DatabaseCredentials credentials() {
        return credentials;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) throws StoreException {
        if (closed) {
            throw new IllegalStateException("store of " + description + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (Connection c = source.open()) {
            c.setAutoCommit(false);
            TransactionContext tx = new TransactionContext(c, sealer);
            try {
                T result = work.run(tx);
                sealer.sealWritten(tx);
                c.commit();
                tx.committed();
                return result;
            } catch (SQLException e) {
                rollback(c);
                throw DerbyErrors.onUse(e, description);
            } catch (StoreException | RuntimeException | Error e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, description);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone, and with it the transaction
        }
    }

    @Override
    public synchronized DatabaseServer startServer(String host, int port) throws StoreException {
        if (files == null || mode == StoreMode.CLIENT) {
            throw new IllegalStateException("only the workstation holding the database can share it"); //$NON-NLS-1$
        }
        if (server != null) {
            return server;
        }
        PrintWriter log;
        try {
            Files.createDirectories(files.derbyLog().getParent());
            log = new PrintWriter(Files.newBufferedWriter(files.derbyLog().resolveSibling("derby-server.log"), //$NON-NLS-1$
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new StoreException(Problem.READ_ONLY, e.getMessage(), e);
        }
        server = NetworkServer.start(host, port, credentials, files.database().toString(), log);
        return server;
    }

    @Override
    public void whenClosed(Runnable action) {
        synchronized (this) {
            if (!closed) {
                whenClosed.add(action);
                return;
            }
        }
        run(action);
    }

    @Override
    public void close() {
        List<Runnable> actions;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (server != null) {
                server.close();
            }
            source.shutdown();
            if (lock != null) {
                lock.close();
            }
            actions = List.copyOf(whenClosed);
            whenClosed.clear();
        }
        // Outside the monitor: an action may take long (moving folders) or ask the store something.
        actions.forEach(DerbyStore::run);
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ILog.of(DerbyStore.class).error(e.getMessage(), e);
        }
    }
}
