package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.config.ConfigurationChange;
import org.castellan.config.ConfigurationChange.Kind;

/**
 * What applying a text changes: the configuration the installation will have (the text's,
 * completed with what it leaves as it is), and each change from the current one, section by
 * section in the text's order, entries sorted.
 * <p>
 * What a text leaves out is removed, except what Castellan never deletes: a user left out is
 * disabled (and stays in the groups he was in), a company archived; a predefined role, which its
 * bundle declares, is left as it is.
 */
final class Plan {

    private final Configuration current;
    private final Configuration target;

    private Plan(Configuration current, Configuration target) {
        this.current = current;
        this.target = target;
    }

    /** The plan from the installation's configuration to a text's. */
    static Plan of(Configuration current, Configuration text) {
        return new Plan(current, target(current, text));
    }

    /** The configuration the installation will have. */
    Configuration target() {
        return target;
    }

    /**
     * The text's configuration, and what it leaves as it is: the members of its groups who are not
     * among its users (users are disabled, not removed from their groups).
     */
    private static Configuration target(Configuration current, Configuration text) {
        Configuration target = new Configuration();
        for (Section section : Section.values()) {
            for (Entry entry : text.entries(section).values()) {
                Entry existing = current.entry(section, entry.key());
                if (section == Section.GROUPS && existing != null) {
                    Set<String> members = new TreeSet<>(entry.list("members")); //$NON-NLS-1$
                    existing.list("members").stream().filter(login -> text.entry(Section.USERS, login) == null).forEach(members::add); //$NON-NLS-1$
                    entry = entry.copy().put("members", List.copyOf(members)); //$NON-NLS-1$
                }
                target.add(entry);
            }
        }
        return target;
    }

    /** Every change, in the text's order. */
    List<ConfigurationChange> changes() {
        List<ConfigurationChange> changes = new ArrayList<>();
        for (Section section : Section.values()) {
            Set<String> keys = new TreeSet<>(current.entries(section).keySet());
            keys.addAll(target.entries(section).keySet());
            for (String key : keys) {
                Entry before = current.entry(section, key);
                Entry after = target.entry(section, key);
                if (before == null) {
                    changes.add(new ConfigurationChange(Kind.ADD, section.key(), key, fields(section, null, after)));
                } else if (after != null && !before.sameAs(after)) {
                    changes.add(new ConfigurationChange(Kind.CHANGE, section.key(), key, fields(section, before, after)));
                } else if (after == null) {
                    removal(before).ifPresent(changes::add);
                }
            }
        }
        return changes;
    }

    /** What leaving an entry out does to it: removed, disabled or archived, or nothing. */
    private static Optional<ConfigurationChange> removal(Entry before) {
        Section section = before.section();
        List<ConfigurationChange.Field> fields;
        switch (section) {
        case USERS -> {
            if (!before.flag("enabled")) { //$NON-NLS-1$
                return Optional.empty();
            }
            fields = List.of(new ConfigurationChange.Field("enabled", false, List.of("true"), List.of("false"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        case COMPANIES -> {
            if (before.flag("archived")) { //$NON-NLS-1$
                return Optional.empty();
            }
            fields = List.of(new ConfigurationChange.Field("archived", false, List.of("false"), List.of("true"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        case ROLES -> {
            if (before.flag("predefined")) { //$NON-NLS-1$
                return Optional.empty();
            }
            fields = fields(section, before, null);
        }
        default -> fields = fields(section, before, null);
        }
        return Optional.of(new ConfigurationChange(Kind.REMOVE, section.key(), before.key(), fields));
    }

    /** The fields that differ, as they were and become; for an entry added or removed, every field it has. */
    private static List<ConfigurationChange.Field> fields(Section section, Entry before, Entry after) {
        List<ConfigurationChange.Field> fields = new ArrayList<>();
        for (Field field : section.fields()) {
            String name = field.name();
            boolean differs = before == null ? after.has(name)
                    : after == null ? before.has(name) : !Objects.equals(before.value(name), after.value(name));
            if (differs) {
                fields.add(new ConfigurationChange.Field(name, field.kind() == Field.Kind.LIST, before == null ? List.of() : before.shown(name),
                        after == null ? List.of() : after.shown(name)));
            }
        }
        return fields;
    }
}
