package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.Optional;

import org.castellan.store.NewInstallation;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan --server HOST[:PORT] COMMAND …}: the global option, before the command, naming
 * the Castellan server the command runs on (one the folder is enrolled with), and the command line
 * without it. Only in front, so that it never meets the {@code --server} of {@code init} and
 * {@code enrol}, which name a server of their own.
 *
 * @param server    the server named, empty when the option is not given
 * @param arguments the command line that follows
 */
record ChosenServer(Optional<NewInstallation.Listen> server, String[] arguments) {

    private static final String EQUALS = Invocation.SERVER + '=';

    static ChosenServer of(String[] args) throws CommandLineException {
        if (args.length == 0 || !(args[0].equals(Invocation.SERVER) || args[0].startsWith(EQUALS))) {
            return new ChosenServer(Optional.empty(), args);
        }
        boolean joined = args[0].startsWith(EQUALS);
        if (!joined && args.length < 2) {
            throw CommandLineException.usage(NLS.bind(Messages.optionNeedsValue, Invocation.SERVER));
        }
        String typed = joined ? args[0].substring(EQUALS.length()) : args[1];
        NewInstallation.Listen address = Invocation.serverAddress(typed);
        return new ChosenServer(Optional.of(address), Arrays.copyOfRange(args, joined ? 1 : 2, args.length));
    }

    /** HOST:PORT, as typed to enrol with it. */
    static String typed(NewInstallation.Listen address) {
        return (address.host().contains(":") ? '[' + address.host() + ']' : address.host()) + ':' + address.port(); //$NON-NLS-1$
    }
}
