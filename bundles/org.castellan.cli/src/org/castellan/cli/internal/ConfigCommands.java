package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.castellan.config.ConfigurationAsCode;
import org.castellan.config.ConfigurationAsCode.Outcome;
import org.castellan.config.ConfigurationChange;
import org.castellan.config.ConfigurationChange.Kind;
import org.castellan.config.ConfigurationException;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan config export|apply}: the whole configuration as YAML on standard output, and a
 * text applied to the installation (or, with {@code --dry-run}, only the changes it would make).
 * The service checks who acts, every value and the whole, and applies all or nothing; the changes
 * go to standard output, what became of them to standard error.
 */
record ConfigCommands(ConfigurationAsCode configuration, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    /** How many logins without a password are named before "and N more". */
    private static final int NAMED = 10;
    private static final String FIELD_INDENT = "    "; //$NON-NLS-1$

    void run(Invocation invocation) throws CommandLineException {
        try {
            switch (invocation.command()) {
                case CONFIG_EXPORT -> out.print(configuration.export(actor));
                case CONFIG_APPLY -> apply(invocation.argument(0), invocation.flag(Invocation.DRY_RUN), invocation.format());
                default -> throw new IllegalStateException(invocation.command().typed() + " is not a config command"); //$NON-NLS-1$
            }
        } catch (ConfigurationException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }

    private void apply(String file, boolean dryRun, OutputFormat format) throws CommandLineException, ConfigurationException {
        Outcome outcome = configuration.apply(actor, read(file), dryRun);
        if (format == OutputFormat.JSON) {
            printJson(outcome.changes());
        } else {
            outcome.changes().forEach(this::print);
        }
        int added = count(outcome.changes(), Kind.ADD);
        int removed = count(outcome.changes(), Kind.REMOVE);
        int changed = outcome.changes().size() - added - removed;
        if (outcome.changes().isEmpty()) {
            err.println(Messages.configUnchanged);
        } else if (dryRun) {
            err.println(NLS.bind(Messages.configDryRun, new Object[] { outcome.changes().size(), added, changed, removed }));
        } else {
            err.println(NLS.bind(Messages.configApplied, new Object[] { outcome.changes().size(), added, changed, removed }));
        }
        List<String> withoutPassword = outcome.withoutPassword();
        if (!withoutPassword.isEmpty()) {
            String named = String.join(", ", withoutPassword.subList(0, Math.min(NAMED, withoutPassword.size()))); //$NON-NLS-1$
            if (withoutPassword.size() > NAMED) {
                named = NLS.bind(Messages.configAndMore, named, withoutPassword.size() - NAMED);
            }
            err.println(NLS.bind(dryRun ? Messages.configWouldHaveNoPassword : Messages.configNoPassword, withoutPassword.size(), named));
        }
    }

    /** The text of the file, as UTF-8. */
    private static String read(String file) throws CommandLineException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(Path.of(file)))).toString();
        } catch (CharacterCodingException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.configFileNotUtf8, file), e);
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.configFileUnreadable, file, e.getMessage()), e);
        }
    }

    private static int count(List<ConfigurationChange> changes, Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * One change: {@code +} added, {@code ~} changed, {@code -} removed, its section and key, then
     * each field it changes: {@code name: before → after}, or for a list the items it gains and loses.
     */
    private void print(ConfigurationChange change) {
        String sign = switch (change.kind()) {
        case ADD -> "+"; //$NON-NLS-1$
        case CHANGE -> "~"; //$NON-NLS-1$
        case REMOVE -> "-"; //$NON-NLS-1$
        };
        out.println(sign + ' ' + change.section() + ' ' + change.key());
        for (ConfigurationChange.Field field : change.fields()) {
            out.println(FIELD_INDENT + field.name() + ": " + shown(change.kind(), field)); //$NON-NLS-1$
        }
    }

    private static String shown(Kind kind, ConfigurationChange.Field field) {
        if (kind == Kind.ADD) {
            return String.join(", ", field.after()); //$NON-NLS-1$
        }
        if (field.list() && kind == Kind.CHANGE) {
            List<String> parts = new ArrayList<>();
            if (!field.added().isEmpty()) {
                parts.add("+ " + String.join(", ", field.added())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!field.removed().isEmpty()) {
                parts.add("- " + String.join(", ", field.removed())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return String.join("  ", parts); //$NON-NLS-1$
        }
        return value(field.before()) + " \u2192 " + value(field.after()); //$NON-NLS-1$
    }

    private static String value(List<String> values) {
        return values.isEmpty() ? Messages.listEmpty : String.join(", ", values); //$NON-NLS-1$
    }

    /** The changes as a JSON array: kind, section, key and fields, each with its values before and after. */
    private void printJson(List<ConfigurationChange> changes) {
        List<List<Object>> rows = new ArrayList<>();
        for (ConfigurationChange change : changes) {
            List<Object> fields = new ArrayList<>();
            for (ConfigurationChange.Field field : change.fields()) {
                fields.add(JsonOutput.object("name", field.name(), "list", field.list(), "before", field.before(), "after", field.after())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            rows.add(List.of(change.kind().name().toLowerCase(Locale.ROOT), change.section(), change.key(), fields));
        }
        JsonOutput.printArray(out, List.of("kind", "section", "key", "fields"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
