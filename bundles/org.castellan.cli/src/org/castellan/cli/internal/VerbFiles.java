package org.castellan.cli.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The file a verb reads or writes on the machine it is typed on: its first argument ({@code menu
 * import FILE}, {@code menu export FILE}, {@code config apply FILE}) or an option's value ({@code
 * audit report --out FILE}, {@code audit verify --head FILE}). On an enrolled workstation the file
 * stays there: the client sends an input's content and writes an output's, and the server runs
 * the verb on a copy in a folder of its own, so that a client never names a path of the server.
 */
record VerbFiles(String option, boolean output) {

    /** The file of a verb, if it has one; {@code backup restore} has none: it runs on the server workstation only. */
    static Optional<VerbFiles> of(Command command) {
        return Optional.ofNullable(switch (command) {
            case MENU_IMPORT, CONFIG_APPLY -> new VerbFiles(null, false);
            case MENU_EXPORT -> new VerbFiles(null, true);
            case AUDIT_REPORT -> new VerbFiles(Invocation.OUT, true);
            case AUDIT_VERIFY -> new VerbFiles(Invocation.HEAD, false);
            default -> null;
        });
    }

    /** The file as given on the command line; empty when the option is not given. */
    Optional<String> given(Invocation invocation) {
        return option == null ? Optional.of(invocation.argument(0)) : invocation.value(option);
    }

    /**
     * The arguments with the file replaced, found as {@link Invocation#parse} finds it (the first
     * argument that is not an option or an option's value, or the option's value, after a space or
     * an {@code =}).
     */
    String[] replaced(String[] args, Command command, UnaryOperator<String> replacement) {
        String[] result = args.clone();
        for (int i = command.firstOption(); i < result.length; i++) {
            String arg = result[i];
            if (!arg.startsWith("-") || arg.length() == 1) { //$NON-NLS-1$
                if (option == null) {
                    result[i] = replacement.apply(arg);
                    return result;
                }
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!command.takesValue(name)) {
                continue;
            }
            if (name.equals(option)) {
                if (equals >= 0) {
                    result[i] = name + '=' + replacement.apply(arg.substring(equals + 1));
                } else if (i + 1 < result.length) {
                    result[i + 1] = replacement.apply(result[i + 1]);
                }
                return result;
            }
            if (equals < 0) {
                i++; // its value
            }
        }
        return result;
    }
}
