package org.castellan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.castellan.store.DatabaseCredentials;
import org.castellan.store.InstallationSettings;
import org.castellan.store.NewInstallation;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.StoreMode;
import org.eclipse.osgi.util.NLS;

/** The files of an installation folder and the checks made before Derby is asked to touch them. */
public final class InstallationFiles {

    public static final String SETTINGS = "installation.properties"; //$NON-NLS-1$
    public static final String CREDENTIALS = "credentials.properties"; //$NON-NLS-1$
    /** The key of the row seals: kept here, beside the credentials, never in the database. */
    public static final String SEAL_KEY = "seal.key"; //$NON-NLS-1$
    /** A client workstation's enrolment with the Castellan server (written by the command line's enrol). */
    public static final String ENROLMENT = "enrolment.properties"; //$NON-NLS-1$
    public static final String DATABASE = "database"; //$NON-NLS-1$
    public static final String LOGS = "logs"; //$NON-NLS-1$
    public static final String LOCK = "castellan.lock"; //$NON-NLS-1$
    /** The file a write check creates and removes at once; it may stay behind when a program is killed. */
    public static final String WRITE_CHECK = ".castellan-write-check"; //$NON-NLS-1$

    private static final String KEY_ID = "installation.id"; //$NON-NLS-1$
    private static final String KEY_NAME = "installation.name"; //$NON-NLS-1$
    private static final String KEY_CREATED = "installation.created"; //$NON-NLS-1$
    private static final String KEY_MODE = "store.mode"; //$NON-NLS-1$
    private static final String KEY_ENCRYPTED = "store.encrypted"; //$NON-NLS-1$
    private static final String KEY_HOST = "server.host"; //$NON-NLS-1$
    private static final String KEY_PORT = "server.port"; //$NON-NLS-1$
    private static final String KEY_DATABASE = "server.database"; //$NON-NLS-1$
    private static final String KEY_USER = "database.user"; //$NON-NLS-1$
    private static final String KEY_PASSWORD = "database.password"; //$NON-NLS-1$
    private static final String KEY_SEAL = "seal.key"; //$NON-NLS-1$
    private static final int SEAL_KEY_BYTES = 32;

    private final Path folder;

    public InstallationFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    public Path database() {
        return folder.resolve(DATABASE);
    }

    public Path derbyLog() {
        return folder.resolve(LOGS).resolve("derby.log"); //$NON-NLS-1$
    }

    /** Whether a file of the folder exists only while the installation is open or checked: the lock, write checks. */
    public static boolean isTransient(Path file) {
        String name = file.getFileName().toString();
        return name.equals(LOCK) || name.startsWith(WRITE_CHECK);
    }

    /**
     * A client workstation enrolled with the Castellan server ({@value #ENROLMENT}) opens no
     * database and creates none: its programs go through the server.
     */
    public void checkNotEnrolled() throws StoreException {
        if (Files.isRegularFile(folder.resolve(ENROLMENT))) {
            throw new StoreException(StoreException.Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.enrolledWorkstation, folder));
        }
    }

    public boolean hasSettings() {
        return Files.isRegularFile(folder.resolve(SETTINGS));
    }

    /** Refuses a folder that is a file or cannot be written, creating it when asked to. */
    public void checkUsable(boolean create) throws StoreException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(Problem.NOT_A_FOLDER, NLS.bind(Messages.folderIsAFile, folder));
        }
        if (!Files.exists(folder)) {
            if (!create) {
                throw new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.notAnInstallation, folder));
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException(Problem.READ_ONLY, NLS.bind(Messages.folderNotCreatable, folder, e.getMessage()), e);
            }
        }
        // Files.isWritable answers from permission bits; a real write also catches read-only mounts.
        Path probe = folder.resolve(WRITE_CHECK);
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new StoreException(Problem.READ_ONLY, NLS.bind(Messages.folderNotWritable, folder), e);
        }
    }

    public InstallationSettings readSettings() throws StoreException {
        Properties p = load(folder.resolve(SETTINGS));
        try {
            StoreMode mode = StoreMode.valueOf(p.getProperty(KEY_MODE, StoreMode.EMBEDDED.name()).trim().toUpperCase());
            Optional<ServerAddress> server = Optional.empty();
            if (mode != StoreMode.EMBEDDED) {
                String database = mode == StoreMode.CLIENT ? p.getProperty(KEY_DATABASE) : database().toString();
                server = Optional.of(new ServerAddress(p.getProperty(KEY_HOST, "localhost").trim(), //$NON-NLS-1$
                        Integer.parseInt(p.getProperty(KEY_PORT, String.valueOf(ServerAddress.DEFAULT_PORT)).trim()),
                        database));
            }
            String id = p.getProperty(KEY_ID);
            if (id == null) {
                throw new IllegalArgumentException(KEY_ID + " is missing"); //$NON-NLS-1$
            }
            return new InstallationSettings(id.trim(), mode, Boolean.parseBoolean(p.getProperty(KEY_ENCRYPTED)), server);
        } catch (RuntimeException e) {
            throw new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.settingsUnreadable, folder, e.getMessage()), e);
        }
    }

    /**
     * Writes the settings of a new installation, embedded or shared by this workstation's server;
     * the file marks the folder as an installation.
     */
    public InstallationSettings writeNewSettings(String name, boolean encrypted, Optional<NewInstallation.Listen> server) throws IOException {
        Properties p = new Properties();
        String id = UUID.randomUUID().toString();
        StoreMode mode = server.isPresent() ? StoreMode.SERVER : StoreMode.EMBEDDED;
        p.setProperty(KEY_ID, id);
        p.setProperty(KEY_NAME, name);
        p.setProperty(KEY_CREATED, Instant.now().toString());
        p.setProperty(KEY_MODE, mode.name().toLowerCase(Locale.ROOT));
        p.setProperty(KEY_ENCRYPTED, Boolean.toString(encrypted));
        server.ifPresent(listen -> {
            p.setProperty(KEY_HOST, listen.host());
            p.setProperty(KEY_PORT, Integer.toString(listen.port()));
        });
        store(p, folder.resolve(SETTINGS), false);
        return new InstallationSettings(id, mode, encrypted,
                server.map(listen -> new ServerAddress(listen.host(), listen.port(), database().toString())));
    }

    public DatabaseCredentials readCredentials() throws StoreException {
        Path file = folder.resolve(CREDENTIALS);
        if (!Files.isReadable(file)) {
            throw new StoreException(Problem.AUTHENTICATION, NLS.bind(Messages.credentialsMissing, folder));
        }
        Properties p = load(file);
        String user = p.getProperty(KEY_USER);
        String password = p.getProperty(KEY_PASSWORD);
        if (user == null || password == null) {
            throw new StoreException(Problem.AUTHENTICATION, NLS.bind(Messages.credentialsMissing, folder));
        }
        return new DatabaseCredentials(user, password);
    }

    public void writeCredentials(DatabaseCredentials credentials) throws IOException {
        Properties p = new Properties();
        p.setProperty(KEY_USER, credentials.user());
        p.setProperty(KEY_PASSWORD, credentials.password());
        store(p, folder.resolve(CREDENTIALS), true);
    }

    public Path sealKeyFile() {
        return folder.resolve(SEAL_KEY);
    }

    /**
     * The key of the row seals, or empty when its file is missing. A file that is there but holds
     * no key of the right length is refused: sealing with another key would make every row look
     * changed.
     */
    public Optional<byte[]> readSealKey() throws StoreException {
        return readSealKey(sealKeyFile());
    }

    /** The same, from any file (a client workstation's copy). */
    public static Optional<byte[]> readSealKey(Path file) throws StoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            byte[] key = Base64.getDecoder().decode(p.getProperty(KEY_SEAL, "").strip()); //$NON-NLS-1$
            if (key.length != SEAL_KEY_BYTES) {
                throw new IllegalArgumentException("length " + key.length); //$NON-NLS-1$
            }
            return Optional.of(key);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(Problem.SEALS, NLS.bind(Messages.sealKeyUnreadable, file), e);
        }
    }

    /** Creates a new random seal key, readable by its owner only (as the credentials). */
    public byte[] writeNewSealKey() throws IOException {
        byte[] key = new byte[SEAL_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Properties p = new Properties();
        p.setProperty(KEY_SEAL, Base64.getEncoder().encodeToString(key));
        Files.deleteIfExists(sealKeyFile());
        store(p, sealKeyFile(), true);
        return key;
    }

    private Properties load(Path file) throws StoreException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new StoreException(Problem.NOT_AN_INSTALLATION, NLS.bind(Messages.settingsUnreadable, folder, e.getMessage()), e);
        }
        return p;
    }

    private static void store(Properties p, Path file, boolean ownerOnly) throws IOException {
        if (ownerOnly) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
            } catch (FileAlreadyExistsException e) {
                // rewritten below, keeping its permissions
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            p.store(out, "Castellan installation: do not edit while Castellan runs"); //$NON-NLS-1$
        }
    }
}
