package org.castellan.config.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a value is written in the text: plain when no YAML reader could take it for anything but
 * that text (a name, a login, a right id), double-quoted otherwise (numbers, {@code true}, codes
 * starting with a digit, anything with a colon, a hash or a control character).
 */
final class Scalars {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_/][\\p{L}\\p{M}\\p{N} _./@()+,'-]*"); //$NON-NLS-1$
    /** Words YAML readers (1.1 ones included) take for a boolean or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private Scalars() {
    }

    static String of(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
            return value;
        }
        return quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '"' -> text.append("\\\""); //$NON-NLS-1$
            case '\\' -> text.append("\\\\"); //$NON-NLS-1$
            case '\n' -> text.append("\\n"); //$NON-NLS-1$
            case '\t' -> text.append("\\t"); //$NON-NLS-1$
            default -> {
                if (Character.isISOControl(c)) {
                    text.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                } else {
                    text.append(c);
                }
            }
            }
        }
        return text.append('"').toString();
    }
}
