package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.Locale;

import org.castellan.model.PermissionLevel;
import org.eclipse.osgi.util.NLS;

/**
 * The level {@code permission grant} gives, typed as the workbench names it ({@code "No access"},
 * {@code Preview}, {@code Limited}, {@code Edit}; letter case, spaces, {@code -} and {@code _}
 * ignored) or as its number from 0 to 3.
 */
final class PermissionLevels {

    private PermissionLevels() {
    }

    /** @throws CommandLineException a usage error naming the levels there are */
    static PermissionLevel of(String typed) throws CommandLineException {
        String wanted = squeeze(typed);
        for (PermissionLevel level : PermissionLevel.values()) {
            if (squeeze(level.getLiteral()).equals(wanted) || Integer.toString(level.getValue()).equals(typed.strip())) {
                return level;
            }
        }
        throw CommandLineException.usage(NLS.bind(Messages.permissionLevelBad, typed, String.join(", ", //$NON-NLS-1$
                Arrays.stream(PermissionLevel.values()).map(l -> l.getValue() + " " + l.getLiteral()).toList()))); //$NON-NLS-1$
    }

    private static String squeeze(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
