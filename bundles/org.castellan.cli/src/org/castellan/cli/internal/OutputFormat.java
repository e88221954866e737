package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** What {@code --format} asks of a command that prints data: padded text for people, tsv or JSON for scripts. */
enum OutputFormat {

    TEXT, TSV, JSON;

    /** How it is typed after {@code --format}. */
    String typed() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format typed for a command, refused with the formats that command accepts.
     *
     * @throws CommandLineException with exit code {@link ExitCode#USAGE}
     */
    static OutputFormat of(String typed, List<OutputFormat> accepted) throws CommandLineException {
        return accepted.stream().filter(f -> f.typed().equals(typed)).findFirst().orElseThrow(() -> CommandLineException
                .usage(NLS.bind(Messages.formatRefused, typed, String.join(", ", accepted.stream().map(OutputFormat::typed).toList())))); //$NON-NLS-1$
    }

    /** Every format, for commands whose records fit tab-separated lines. */
    static List<OutputFormat> all() {
        return Arrays.asList(values());
    }
}
