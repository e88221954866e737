package org.castellan.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.castellan.store.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * One setting of the installation's {@code settings} table as administrators see it: its key, where
 * it belongs, what it means, the value that applies while it is unset, and what a value must be.
 * The concern that reads a setting describes it (see {@link SettingContribution}), so the
 * Installation Settings editor and {@code castellan settings} can show and check every one.
 *
 * @param key          the row's name, such as {@code sessions.heartbeat.seconds}
 * @param category     the heading it is shown under (the concern's name), translated
 * @param label        its name, translated
 * @param description  what it does, with its unit, in one or two sentences, translated
 * @param kind         what kind of value it holds
 * @param defaultValue the value that applies while the setting is unset; empty for none
 * @param choices      for {@link Kind#CHOICE}, the values it may take
 * @param presets      named values an administrator may pick instead of typing one
 * @param check        what a value must be beyond its kind (a range, a command that exists)
 * @param readOnly     whether it is shown only: the concern changes it itself (a package's version)
 *
 * @since 0.1
 */
public record SettingDescriptor(String key, String category, String label, String description, Kind kind, String defaultValue,
        List<String> choices, List<Preset> presets, Check check, boolean readOnly) {

    /** What kind of value a setting holds, which decides how it is typed and checked. */
    public enum Kind {
        /** A whole number within the check's range. */
        NUMBER,
        /** {@code true} or {@code false}. */
        FLAG,
        /** One of the descriptor's choices. */
        CHOICE,
        /** Free text the check accepts. */
        TEXT,
        /** Free text over several lines (a PEM certificate), typed in a field as high as a few lines. */
        LINES
    }

    /**
     * A value with a name, for settings whose values are long (a password policy): {@code name} is
     * what the command line takes, {@code label} what the editor shows.
     */
    public record Preset(String name, String label, String value) {
    }

    /** What a value must be beyond its kind. */
    @FunctionalInterface
    public interface Check {

        /** Why {@code value} (stripped, not empty) cannot be set; empty when it can. */
        Optional<String> problem(String value);

        Check NONE = value -> Optional.empty();

        /** A whole number from {@code minimum} to {@code maximum}. */
        static Check between(long minimum, long maximum) {
            return value -> {
                try {
                    long number = Long.parseLong(value);
                    return number >= minimum && number <= maximum ? Optional.empty()
                            : Optional.of(NLS.bind(Messages.settingOutOfRange, new Object[] { value, minimum, maximum }));
                } catch (NumberFormatException e) {
                    return Optional.of(NLS.bind(Messages.settingNotNumber, value));
                }
            };
        }
    }

    public SettingDescriptor {
        Objects.requireNonNull(key);
        Objects.requireNonNull(category);
        Objects.requireNonNull(label);
        Objects.requireNonNull(description);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(defaultValue);
        choices = List.copyOf(choices);
        presets = List.copyOf(presets);
        Objects.requireNonNull(check);
        if (key.length() > SettingsTable.NAME_LENGTH) {
            throw new IllegalArgumentException(key);
        }
    }

    /** A setting that holds a whole number from {@code minimum} to {@code maximum}. */
    public static SettingDescriptor number(String key, String category, String label, String description, long defaultValue, long minimum,
            long maximum) {
        return new SettingDescriptor(key, category, label, description, Kind.NUMBER, Long.toString(defaultValue), List.of(), List.of(),
                Check.between(minimum, maximum), false);
    }

    /** A setting that is on or off. */
    public static SettingDescriptor flag(String key, String category, String label, String description, boolean defaultValue) {
        return new SettingDescriptor(key, category, label, description, Kind.FLAG, Boolean.toString(defaultValue), List.of(), List.of(), Check.NONE,
                false);
    }

    /** A setting that takes one of {@code choices}. */
    public static SettingDescriptor choice(String key, String category, String label, String description, String defaultValue,
            List<String> choices) {
        return new SettingDescriptor(key, category, label, description, Kind.CHOICE, defaultValue, choices, List.of(), Check.NONE, false);
    }

    /** A setting that holds text {@code check} accepts. */
    public static SettingDescriptor text(String key, String category, String label, String description, String defaultValue, Check check) {
        return new SettingDescriptor(key, category, label, description, Kind.TEXT, defaultValue, List.of(), List.of(), check, false);
    }

    /** A setting that holds text over several lines (a PEM certificate) {@code check} accepts. */
    public static SettingDescriptor lines(String key, String category, String label, String description, String defaultValue, Check check) {
        return new SettingDescriptor(key, category, label, description, Kind.LINES, defaultValue, List.of(), List.of(), check, false);
    }

    /** This setting, with named values to pick from. */
    public SettingDescriptor withPresets(List<Preset> named) {
        return new SettingDescriptor(key, category, label, description, kind, defaultValue, choices, named, check, readOnly);
    }

    /** This setting, shown but not changed by administrators. */
    public SettingDescriptor shownOnly() {
        return new SettingDescriptor(key, category, label, description, kind, defaultValue, choices, presets, check, true);
    }

    /**
     * The value to store for what an administrator typed: surrounding spaces removed, a preset's
     * name replaced by its value, a flag written {@code true} or {@code false}.
     */
    public String normalize(String typed) {
        String value = typed.strip();
        for (Preset preset : presets) {
            if (preset.name().equalsIgnoreCase(value)) {
                return preset.value();
            }
        }
        return kind == Kind.FLAG ? value.toLowerCase(Locale.ROOT) : value;
    }

    /** Why the normalized {@code value} cannot be set; empty when it can. */
    public Optional<String> problem(String value) {
        if (readOnly) {
            return Optional.of(Messages.settingReadOnly);
        }
        if (value.isEmpty()) {
            return kind == Kind.TEXT || kind == Kind.LINES ? check.problem(value) : Optional.of(Messages.settingEmpty);
        }
        return switch (kind) {
        case FLAG -> value.equals("true") || value.equals("false") ? Optional.empty() //$NON-NLS-1$ //$NON-NLS-2$
                : Optional.of(NLS.bind(Messages.settingNotFlag, value));
        case CHOICE -> choices.contains(value) ? Optional.empty()
                : Optional.of(NLS.bind(Messages.settingNotAChoice, value, String.join(", ", choices))); //$NON-NLS-1$
        case NUMBER, TEXT, LINES -> check.problem(value);
        };
    }

    /** The preset whose value {@code value} is, for showing a stored value by its name. */
    public Optional<Preset> presetOf(String value) {
        return presets.stream().filter(p -> p.value().equals(value)).findFirst();
    }
}
