package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * A verb a client sent to the server, checked before it runs: verbs local by nature are refused,
 * and so is {@code backup restore} (it replaces the database the server holds open); the user of
 * the token acts, and passwords come from the request's input. A verb's file is the client's,
 * sent with the request ({@link ServedCommands}).
 */
final class ServedInvocation {

    private ServedInvocation() {
    }

    static Invocation parse(String[] args, Map<String, String> environment, AuthenticatedUser user) throws CommandLineException {
        Invocation invocation = Invocation.parse(args, environment);
        Command command = invocation.command();
        if (!command.runsOnServer()) {
            throw CommandLineException.usage(NLS.bind(Messages.servedLocalOnly, command.typed()));
        }
        if (command == Command.BACKUP_RESTORE) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.restoreOnServerOnly);
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
