package org.castellan.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.castellan.directory.GroupMapping;

/**
 * The {@code directory.groups.mapping} setting of schema 17 and earlier, read once to move its lines
 * into rows ({@link GroupMappingRows}): {@code DN -> group} entries separated by {@code ;}.
 * A DN cannot hold an unescaped {@code >} or {@code ;} (RFC 4514), so neither separator is ambiguous.
 */
final class GroupMappings {

    private static final String ARROW = "->"; //$NON-NLS-1$

    private GroupMappings() {
    }

    /** The mappings {@code value} holds; entries that were not well formed are left out (the setting's check refused them). */
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
