package org.castellan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.server.RemoteCommands;
import org.osgi.framework.BundleContext;

/**
 * The administration face of {@code castellan server}: each verb a client sends runs here, on the
 * installation the server holds open, as the user of the token (he logged in to the server; he is
 * not asked again), with the request's standard input and no console. Each run has its own
 * {@link CommandLine}; the services below are shared, as the decision API shares them.
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
    public Outcome run(AuthenticatedUser user, List<String> arguments, Optional<String> standardInput) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Terminal input = new SystemTerminal(null, new StringReader(standardInput.orElse(""))); //$NON-NLS-1$
            code = CommandLine.served(context, folder, installation, user, input, o, e).run(arguments.toArray(String[]::new));
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
