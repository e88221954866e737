package org.castellan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.castellan.server.client.Enrolment;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationSettings;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreMode;
import org.eclipse.osgi.util.NLS;

/**
 * The Castellan servers a workstation's folder is enrolled with. The first is the folder's own
 * ({@link Enrolment#FILE}, where its commands run unless {@code --server} names another); each
 * further one (a central's workstation scripting its centres' servers) is kept in its own folder
 * under {@value #FOLDER}, with its pinned certificate, and is reached with
 * {@code castellan --server HOST[:PORT] …}. Enrolling again with the same address replaces that
 * enrolment (a renewed certificate).
 */
final class Enrolments {

    static final String FOLDER = "enrolments"; //$NON-NLS-1$

    private Enrolments() {
    }

    /** The folder's own enrolment; empty when it has none. */
    static Optional<Enrolment> first(Path folder) throws IOException {
        return Enrolment.read(folder);
    }

    /** The enrolment with the server at this address, whichever it is; empty when the folder has none. */
    static Optional<Enrolment> with(Path folder, NewInstallation.Listen address) throws IOException {
        return all(folder).stream().filter(e -> same(e, address)).findFirst();
    }

    /**
     * The enrolment with the server that {@code castellan --server} names.
     *
     * @throws CommandLineException when the folder is not enrolled with it: saying with which it
     *                              is, and how to enrol; or, in a folder holding the installation's
     *                              database (the server's own), that the verb runs there without
     *                              {@code --server}
     */
    static Enrolment named(Path folder, NewInstallation.Listen address, String verb) throws CommandLineException {
        try {
            Optional<Enrolment> enrolment = with(folder, address);
            if (enrolment.isPresent()) {
                return enrolment.get();
            }
            List<String> known = all(folder).stream().map(e -> ChosenServer.typed(new NewInstallation.Listen(e.host(), e.port()))).toList();
            String where = ChosenServer.typed(address);
            if (known.isEmpty() && holdsTheDatabase(folder)) {
                // Enrolling is refused here: the advice to enrol would lead nowhere.
                throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.serverOwnFolder, new Object[] { folder, where, verb }));
            }
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, known.isEmpty() ? NLS.bind(Messages.serverNotEnrolledAny, folder, where)
                    : NLS.bind(Messages.serverNotEnrolled, new Object[] { folder, where, String.join(", ", known) })); //$NON-NLS-1$
        } catch (IOException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    /**
     * Whether the folder holds the installation's database (the server's own folder, or a single
     * workstation's): such a folder is never enrolled, its verbs run on that database.
     */
    static boolean holdsTheDatabase(Path folder) throws CommandLineException {
        Optional<InstallationSettings> settings;
        try {
            settings = CastellanStore.settings(folder);
        } catch (StoreException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
        return settings.map(s -> s.mode() != StoreMode.CLIENT).orElse(false) || Files.isDirectory(folder.resolve("database")); //$NON-NLS-1$
    }

    /** Every enrolment of the folder, its own first. */
    static List<Enrolment> all(Path folder) throws IOException {
        List<Enrolment> all = new ArrayList<>();
        first(folder).ifPresent(all::add);
        Path further = folder.resolve(FOLDER);
        if (Files.isDirectory(further)) {
            try (Stream<Path> folders = Files.list(further)) {
                for (Path one : folders.sorted().toList()) {
                    Enrolment.read(one).ifPresent(all::add);
                }
            }
        }
        return all;
    }

    /**
     * Keeps an enrolment: as the folder's own when it has none or had one with this address, else
     * beside it.
     *
     * @return whether it is the folder's own
     */
    static boolean keep(Path folder, Enrolment enrolment, X509Certificate certificate) throws IOException {
        NewInstallation.Listen address = new NewInstallation.Listen(enrolment.host(), enrolment.port());
        Optional<Enrolment> own = first(folder);
        if (own.isEmpty() || same(own.get(), address)) {
            enrolment.write(folder, certificate);
            return true;
        }
        enrolment.write(folder.resolve(FOLDER).resolve(name(address)), certificate);
        return false;
    }

    private static boolean same(Enrolment enrolment, NewInstallation.Listen address) {
        return enrolment.port() == address.port() && enrolment.host().equalsIgnoreCase(address.host());
    }

    /** A folder name for the address, of characters every file system takes. */
    private static String name(NewInstallation.Listen address) {
        return address.host().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_") + '_' + address.port(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
