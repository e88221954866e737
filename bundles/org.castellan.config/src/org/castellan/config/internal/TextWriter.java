package org.castellan.config.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.castellan.store.SettingDescriptor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a configuration as the text {@code castellan config export} prints: a header saying what
 * it is and how it is applied, each section with a comment on its fields, entries and lists
 * sorted, flags left out at their default; each setting with its name and meaning, those left at
 * their default commented out with it; each menu option with its name.
 */
final class TextWriter {

    private static final String INDENT = "  "; //$NON-NLS-1$

    /**
     * What the text explains beside the values.
     *
     * @param settings     every setting administrators may change, sorted by key
     * @param optionLabels the names of the menu options, by id
     */
    record Documentation(List<SettingDescriptor> settings, Map<String, String> optionLabels) {
    }

    private final StringBuilder text = new StringBuilder();

    private TextWriter() {
    }

    static String write(Configuration configuration, String installationName, Documentation documentation) {
        TextWriter writer = new TextWriter();
        writer.comment("", NLS.bind(Messages.exportHeader, installationName)); //$NON-NLS-1$
        writer.line("", TextReader.FORMAT_KEY + ": " + Configuration.FORMAT); //$NON-NLS-1$
        writer.line("", TextReader.INSTALLATION_KEY + ": " + Scalars.of(installationName)); //$NON-NLS-1$ //$NON-NLS-2$
        for (Section section : Section.values()) {
            writer.text.append('\n');
            writer.comment("", comment(section)); //$NON-NLS-1$
            if (section == Section.SETTINGS) {
                writer.settings(configuration.entries(section), documentation.settings());
            } else {
                writer.entries(section, configuration.entries(section), section == Section.MENU ? documentation.optionLabels() : Map.of());
            }
        }
        return writer.text.toString();
    }

    private static String comment(Section section) {
        return switch (section) {
        case COMPANIES -> Messages.exportCompanies;
        case ROLES -> Messages.exportRoles;
        case GROUPS -> Messages.exportGroups;
        case DIRECTORY_GROUPS -> Messages.exportDirectoryGroups;
        case USERS -> Messages.exportUsers;
        case PERMISSIONS -> Messages.exportPermissions;
        case DATA_RIGHTS -> Messages.exportDataRights;
        case MENU -> Messages.exportMenu;
        case SETTINGS -> Messages.exportSettings;
        };
    }

    private void entries(Section section, SortedMap<String, Entry> entries, Map<String, String> labels) {
        if (entries.isEmpty()) {
            line("", section.key() + ": {}"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        line("", section.key() + ':'); //$NON-NLS-1$
        for (Entry entry : entries.values()) {
            String label = labels.get(entry.key());
            if (label != null) {
                comment(INDENT, label);
            }
            if (entry.values().isEmpty()) {
                line(INDENT, Scalars.of(entry.key()) + ": {}"); //$NON-NLS-1$
                continue;
            }
            line(INDENT, Scalars.of(entry.key()) + ':');
            for (Map.Entry<String, Object> field : entry.values().entrySet()) {
                value(field.getKey(), field.getValue(), section.field(field.getKey()).orElseThrow().kind());
            }
        }
    }

    private void value(String name, Object value, Field.Kind kind) {
        String indent = INDENT + INDENT;
        if (value instanceof List<?> items) {
            if (items.isEmpty()) {
                line(indent, name + ": []"); //$NON-NLS-1$
                return;
            }
            line(indent, name + ':');
            for (Object item : items) {
                line(indent + INDENT, "- " + Scalars.of(item.toString())); //$NON-NLS-1$
            }
        } else {
            line(indent, name + ": " + (kind == Field.Kind.TEXT ? Scalars.of(value.toString()) : value)); //$NON-NLS-1$
        }
    }

    /** Every setting: its name and meaning, then its value, commented out at its default when it is not set. */
    private void settings(SortedMap<String, Entry> entries, List<SettingDescriptor> described) {
        line("", Section.SETTINGS.key() + ':'); //$NON-NLS-1$
        for (SettingDescriptor descriptor : described) {
            comment(INDENT, NLS.bind(Messages.exportSetting, new Object[] { descriptor.category(), descriptor.label(), descriptor.description() }));
            Entry entry = entries.get(descriptor.key());
            if (entry != null) {
                line(INDENT, Scalars.of(descriptor.key()) + ": " + Scalars.of(entry.text(Section.VALUE))); //$NON-NLS-1$
            } else {
                line(INDENT, "# " + Scalars.of(descriptor.key()) + ": " + Scalars.of(descriptor.defaultValue())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private void comment(String indent, String comment) {
        for (String line : comment.split("\n")) { //$NON-NLS-1$
            line(indent, line.isEmpty() ? "#" : "# " + line); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void line(String indent, String line) {
        text.append(indent).append(line).append('\n');
    }
}
