package org.castellan.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan help GROUP}: the usage's lines of one group of commands (each command with the
 * options it takes, explained on its lines), then what its options share: the formats of
 * {@code --format} when one of its commands prints data, the options of every command, and how
 * passwords are given when its commands ask for them. Taken from the usage itself, in the user's
 * language, so that the two cannot differ.
 */
final class Help {

    /** The usage's paragraphs: the synopsis, the commands, the formats, the common options, passwords, exit codes. */
    private static final int COMMANDS = 1;
    private static final int FORMATS = 2;
    private static final int OPTIONS = 3;
    private static final int PASSWORDS = 4;
    private static final String INDENT = "  "; //$NON-NLS-1$
    /** The groups whose commands ask for new passwords (user add, user passwd, init, directory password). */
    private static final Set<String> PASSWORD_GROUPS = Set.of("user", "init", "directory"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private Help() {
    }

    /** The help of a group that {@link Command#groups()} lists. */
    static String of(String group) {
        String[] paragraphs = Messages.usage.split("\n\n"); //$NON-NLS-1$
        List<Command> commands = Arrays.stream(Command.values()).filter(c -> c.group().equals(group)).toList();
        StringBuilder help = new StringBuilder(NLS.bind(Messages.helpGroupTitle, group)).append('\n');
        commandLines(paragraphs[COMMANDS], group).forEach(line -> help.append(line).append('\n'));
        if (commands.stream().anyMatch(c -> c.options().contains(Invocation.FORMAT) && c.formats().contains(OutputFormat.JSON))) {
            help.append('\n').append(paragraphs[FORMATS]).append('\n');
        }
        if (commands.stream().anyMatch(Command::acts)) {
            help.append('\n').append(paragraphs[OPTIONS]).append('\n');
        }
        if (PASSWORD_GROUPS.contains(group)) {
            help.append('\n').append(paragraphs[PASSWORDS]).append('\n');
        }
        return help.toString();
    }

    /** The lines of the group's commands: a command's first line names it, the lines indented further explain it. */
    private static List<String> commandLines(String commands, String group) {
        List<String> lines = new ArrayList<>();
        boolean inGroup = false;
        for (String line : commands.split("\n")) { //$NON-NLS-1$
            boolean first = line.startsWith(INDENT) && !Character.isWhitespace(line.charAt(INDENT.length()));
            if (first) {
                String word = line.strip().split("\\s+", 2)[0]; //$NON-NLS-1$
                inGroup = word.equals(group);
            }
            if (inGroup && line.startsWith(INDENT)) {
                lines.add(line);
            }
        }
        return lines;
    }
}
