package org.castellan.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.directory.GroupMapping;
import org.eclipse.osgi.util.NLS;

/**
 * The {@code directory.groups.mapping} setting: {@code DN -> group} entries separated by {@code ;}.
 * A DN cannot hold an unescaped {@code >} or {@code ;} (RFC 4514), so neither separator is ambiguous.
 */
final class GroupMappings {

    private static final String ARROW = "->"; //$NON-NLS-1$
    /** What the settings table keeps of a value (its column is VARCHAR(4000)). */
    static final int LONGEST = 4000;

    private GroupMappings() {
    }

    /** The mappings {@code value} holds; entries that are not well formed are left out (the setting's check refuses them). */
    static List<GroupMapping> parse(String value) {
        List<GroupMapping> mappings = new ArrayList<>();
        for (String entry : entries(value)) {
            int arrow = entry.indexOf(ARROW);
            if (arrow > 0) {
                String dn = entry.substring(0, arrow).strip();
                String group = entry.substring(arrow + ARROW.length()).strip();
                if (!dn.isEmpty() && !group.isEmpty()) {
                    mappings.add(new GroupMapping(dn, group));
                }
            }
        }
        return mappings;
    }

    static String format(List<GroupMapping> mappings) {
        return mappings.stream().map(GroupMapping::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

    /** Why {@code value} is not a mapping: an entry without its arrow, a DN that is not one. */
    static Optional<String> problem(String value) {
        if (value.length() > LONGEST) {
            return Optional.of(NLS.bind(Messages.mappingTooLong, value.length(), LONGEST));
        }
        for (String entry : entries(value)) {
            int arrow = entry.indexOf(ARROW);
            String dn = arrow > 0 ? entry.substring(0, arrow).strip() : ""; //$NON-NLS-1$
            String group = arrow > 0 ? entry.substring(arrow + ARROW.length()).strip() : ""; //$NON-NLS-1$
            if (dn.isEmpty() || group.isEmpty()) {
                return Optional.of(NLS.bind(Messages.mappingInvalid, entry));
            }
            Optional<String> dnProblem = DirectorySettingsContribution.dnProblem(dn);
            if (dnProblem.isPresent()) {
                return dnProblem;
            }
        }
        return Optional.empty();
    }

    /** The entries of {@code value}, split at each {@code ;} that a backslash does not escape. */
    private static List<String> entries(String value) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == ';') {
                entries.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        entries.add(current.toString().strip());
        return entries.stream().filter(e -> !e.isEmpty()).toList();
    }
}
