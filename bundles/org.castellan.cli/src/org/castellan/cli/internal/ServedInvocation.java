package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * A verb a client sent to the server, checked before it runs: verbs local by nature are refused,
 * and so are those that read or write files of the machine they run on (the server's files are
 * not the client's); the user of the token acts, and passwords come from the request's input.
 */
final class ServedInvocation {

    /** Verbs that name files: run on a client they would read or write the server's disk. */
    private static final Set<Command> FILES = Set.of(Command.AUDIT_REPORT, Command.MENU_IMPORT, Command.MENU_EXPORT, Command.CONFIG_APPLY,
            Command.BACKUP_RESTORE);

    private ServedInvocation() {
    }

    static Invocation parse(String[] args, Map<String, String> environment, AuthenticatedUser user) throws CommandLineException {
        Invocation invocation = Invocation.parse(args, environment);
        Command command = invocation.command();
        if (!command.runsOnServer()) {
            throw CommandLineException.usage(NLS.bind(Messages.servedLocalOnly, command.typed()));
        }
        if (FILES.contains(command) || invocation.value(Invocation.HEAD).isPresent()) {
            throw CommandLineException.usage(NLS.bind(Messages.servedFiles, command.typed()));
        }
        String actor = invocation.actorLogin();
        if (!actor.strip().toLowerCase(Locale.ROOT).equals(user.login().toLowerCase(Locale.ROOT))) {
            throw new CommandLineException(ExitCode.AUTHENTICATION_FAILED, NLS.bind(Messages.servedOtherActor, actor, user.login()));
        }
        if (invocation.passwordsFromStdin()) {
            return invocation;
        }
        String[] withInput = Arrays.copyOf(args, args.length + 1);
        withInput[args.length] = Invocation.PASSWORD_STDIN;
        return Invocation.parse(withInput, environment);
    }
}
