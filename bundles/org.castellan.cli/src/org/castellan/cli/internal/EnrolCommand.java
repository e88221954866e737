package org.castellan.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.castellan.server.client.Answer;
import org.castellan.server.client.Enrolment;
import org.castellan.server.client.Fingerprints;
import org.castellan.server.client.PinnedServer;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

/**
 * {@code castellan enrol --server HOST[:PORT] --code CODE [--fingerprint SHA256]}: makes the
 * installation folder of this workstation a client of the Castellan server. It reads the
 * certificate the server presents, has the person confirm its fingerprint (or compares it with
 * {@code --fingerprint}), sends the one-time code over a connection pinned to that certificate,
 * keeps the enrolment in the folder, and removes the database's credentials and the seal key, which
 * a client no longer needs: from then on every command of this folder runs on the server. A folder
 * already enrolled with another server keeps that one as its own and enrols with this one beside it
 * ({@code castellan --server HOST[:PORT] …} runs a command there).
 */
final class EnrolCommand {

    /** What a client of a shared installation held and no longer may. */
    static final String CREDENTIALS = "credentials.properties"; //$NON-NLS-1$
    static final String SEAL_KEY = "seal.key"; //$NON-NLS-1$

    private final Path folder;
    private final Terminal terminal;
    private final PrintStream err;
    private final Clock clock;

    EnrolCommand(Path folder, Terminal terminal, PrintStream err, Clock clock) {
        this.folder = folder;
        this.terminal = terminal;
        this.err = err;
        this.clock = clock;
    }

    void run(Invocation invocation) throws CommandLineException {
        NewInstallation.Listen address = invocation.enrolServer();
        String where = address.host() + ':' + address.port();
        refuseTheDatabaseFolder();
        X509Certificate certificate = meet(address);
        String fingerprint = Fingerprints.of(certificate);
        confirm(where, fingerprint, invocation.value(Invocation.FINGERPRINT));
        PinnedServer server = new PinnedServer(address.host(), address.port(), fingerprint);
        JsonObject body = new JsonObject();
        body.addProperty("code", invocation.value(Invocation.CODE).orElseThrow()); //$NON-NLS-1$
        body.addProperty("workstation", ServerSession.workstation()); //$NON-NLS-1$
        Answer answer = ServerSession.send(() -> server.post("/api/v1/enrolment", body, Optional.empty())); //$NON-NLS-1$
        if (!answer.ok()) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.enrolRefused, answer.status(), answer.message()));
        }
        boolean own;
        try {
            own = Enrolments.keep(folder, new Enrolment(address.host(), address.port(), fingerprint, clock.instant()), certificate);
        } catch (IOException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.enrolUnwritable, folder, e.getMessage()), e);
        }
        err.println(own ? NLS.bind(Messages.enrolled, new Object[] { folder, where, fingerprint })
                : NLS.bind(Messages.enrolledBeside, new Object[] { folder, where, fingerprint }));
        for (String secret : new String[] { CREDENTIALS, SEAL_KEY }) {
            remove(folder.resolve(secret));
        }
    }

    /**
     * The server's own folder holds the database, its credentials and the seal key: enrolling it
     * would remove what the server needs. Nor is a folder enrolled while a Castellan holds it open.
     */
    private void refuseTheDatabaseFolder() throws CommandLineException {
        if (Enrolments.holdsTheDatabase(folder)) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.enrolDatabaseFolder, folder));
        }
        if (CastellanStore.heldOpen(folder)) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.enrolHeldOpen, folder));
        }
    }

    private static X509Certificate meet(NewInstallation.Listen address) throws CommandLineException {
        try {
            return PinnedServer.meet(address.host(), address.port());
        } catch (org.castellan.server.client.ConnectionException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    /** The fingerprint given must be the one presented; without one, a person at the console says it is. */
    private void confirm(String where, String fingerprint, Optional<String> given) throws CommandLineException {
        if (given.isPresent()) {
            if (!Fingerprints.same(fingerprint, given.get())) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.enrolFingerprintDiffers, new Object[] { where, fingerprint, given.get() }));
            }
            return;
        }
        if (!terminal.hasConsole()) {
            throw CommandLineException.usage(NLS.bind(Messages.enrolFingerprintNeeded, where, fingerprint));
        }
        err.println(NLS.bind(Messages.enrolFingerprintShown, where, fingerprint));
        err.flush();
        char[] answer = terminal.readAnswer(Messages.enrolConfirmPrompt);
        String typed = answer == null ? "" : new String(answer).strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!Messages.enrolConfirmYes.toLowerCase(Locale.ROOT).equals(typed) && !"yes".equals(typed)) { //$NON-NLS-1$
            throw new CommandLineException(ExitCode.REFUSED, Messages.enrolNotConfirmed);
        }
    }

    /** Overwrites a secret file before deleting it, and says so. */
    private void remove(Path file) throws CommandLineException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            long size = Files.size(file);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                out.write(new byte[(int) Math.min(size, 1 << 20)]);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.enrolCannotRemove, file, e.getMessage()), e);
        }
        err.println(NLS.bind(Messages.enrolRemoved, file));
    }
}
