package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.castellan.server.client.Answer;
import org.castellan.server.client.Enrolment;
import org.castellan.server.client.PinnedServer;
import org.castellan.store.NewInstallation;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

/**
 * {@code castellan server enrol}: an administrator asks the running Castellan server for a one-time
 * code that enrols one client workstation. On the server workstation it finds the server this
 * installation's {@code castellan server} runs; on an enrolled workstation, the server it enrolled
 * with, or the one {@code castellan --server} names. The server decides whether he may (administrators only) and keeps only a hash of the code.
 */
final class ServerEnrolCommand {

    private final Path folder;
    private final Optional<NewInstallation.Listen> named;
    private final Passwords passwords;
    private final PrintStream out;
    private final PrintStream err;

    /** @param named the server {@code castellan --server} names, one the folder is enrolled with */
    ServerEnrolCommand(Path folder, Optional<NewInstallation.Listen> named, Passwords passwords, PrintStream out, PrintStream err) {
        this.folder = folder;
        this.named = named;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
    }

    void run(Invocation invocation) throws CommandLineException {
        PinnedServer server = server();
        String login = invocation.actorLogin();
        try (ServerSession session = ServerSession.logIn(server, login, passwords.acting(login), "castellan server enrol")) { //$NON-NLS-1$
            Answer answer = session.post("/api/v1/enrolment/codes", new JsonObject()); //$NON-NLS-1$
            if (!answer.ok()) {
                throw new CommandLineException(ExitCode.REFUSED, answer.message());
            }
            out.println(answer.text("code")); //$NON-NLS-1$
            err.println(NLS.bind(Messages.enrolCodeIssued, new Object[] { answer.text("expiresAt"), answer.text("fingerprint") })); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private PinnedServer server() throws CommandLineException {
        if (named.isPresent()) {
            return Enrolments.named(folder, named.get(), Command.SERVER_ENROL.typed()).server();
        }
        try {
            Optional<Enrolment> enrolment = Enrolment.read(folder);
            if (enrolment.isPresent()) {
                return enrolment.get().server();
            }
            return RunningServer.read(folder)
                    .orElseThrow(() -> new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.enrolNoServer, folder)));
        } catch (IOException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }
}
