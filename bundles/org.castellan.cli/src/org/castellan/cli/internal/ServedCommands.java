package org.castellan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.server.RemoteCommands;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/**
 * The administration face of {@code castellan server}: each verb a client sends runs here, on the
 * installation the server holds open, as the user of the token (he logged in to the server; he is
 * not asked again), with the request's standard input and no console. Each run has its own
 * {@link CommandLine}; the services below are shared, as the decision API shares them. A verb's
 * file is the client's: it runs on a {@link ServedFile copy}.
 */
final class ServedCommands implements RemoteCommands {

    private final BundleContext context;
    private final Path folder;
    private final OpenInstallation installation;

    ServedCommands(BundleContext context, Path folder, OpenInstallation installation) {
        this.context = context;
        this.folder = folder;
        this.installation = installation;
    }

    @Override
    public Outcome run(AuthenticatedUser user, String workstation, List<String> arguments, Optional<String> standardInput, Map<String, byte[]> files) {
        String[] args = arguments.toArray(String[]::new);
        Optional<Command> command = args.length == 0 ? Optional.empty() : Command.of(args[0], args.length > 1 ? args[1] : null);
        Optional<VerbFiles> verbFile = command.flatMap(VerbFiles::of);
        if (verbFile.isEmpty()) {
            return ran(user, workstation, args, standardInput, Optional.empty());
        }
        try (ServedFile file = ServedFile.create(verbFile.get())) {
            String[] local = file.arguments(args, command.get());
            Optional<String> refused = file.receive(files);
            if (refused.isPresent()) {
                return new Outcome(ExitCode.USAGE, "", NLS.bind(Messages.problem, refused.get()) + System.lineSeparator()); //$NON-NLS-1$
            }
            Outcome outcome = ran(user, workstation, local, standardInput, file.given());
            Outcome shown = new Outcome(outcome.exitCode(), file.shown(outcome.out()), file.shown(outcome.err()));
            if (outcome.exitCode() != ExitCode.DONE) {
                return shown;
            }
            try {
                return file.written().map(written -> new Outcome(shown.exitCode(), shown.out(), shown.err(), Map.ofEntries(written))).orElse(shown);
            } catch (IOException e) {
                return new Outcome(ExitCode.REFUSED, shown.out(), shown.err() + NLS.bind(Messages.problem, e.getMessage()) + System.lineSeparator());
            }
        } catch (IOException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            return new Outcome(ExitCode.INSTALLATION_UNUSABLE, "", NLS.bind(Messages.problem, NLS.bind(Messages.servedFileFailed, e.getMessage())) //$NON-NLS-1$
                    + System.lineSeparator());
        }
    }

    private Outcome ran(AuthenticatedUser user, String workstation, String[] args, Optional<String> standardInput, Optional<String> clientFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Terminal input = new SystemTerminal(null, new StringReader(standardInput.orElse(""))); //$NON-NLS-1$
            code = CommandLine.served(context, folder, installation, user, workstation, clientFile, input, o, e).run(args);
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
