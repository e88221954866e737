package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.SettingsAdministration.Setting;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan settings list|get|set|reset}: the settings service checks the acting user's
 * right and every value, and journals each change; several changes given at once are made together
 * or not at all.
 */
record SettingsCommands(SettingsAdministration settings, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    private static final List<String> HEADER = List.of("key", "value", "default", "set", "category", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    void run(Invocation invocation) throws AccountException, CommandLineException {
        switch (invocation.command()) {
            case SETTINGS_LIST -> list(invocation.format());
            case SETTINGS_GET -> get(settings.setting(actor, invocation.argument(0)), invocation.format());
            case SETTINGS_SET -> change(parse(invocation.arguments()));
            case SETTINGS_RESET -> {
                Map<String, String> resets = new LinkedHashMap<>();
                invocation.arguments().forEach(key -> resets.put(key, "")); //$NON-NLS-1$
                change(resets);
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a settings command"); //$NON-NLS-1$
        }
    }

    private void list(OutputFormat format) throws AccountException {
        // the value last: a long one (a password policy) widens no other column
        TextTable.printRows(out, format, settings.settings(actor), HEADER, SettingsCommands::values,
                List.of(Messages.listSetting, Messages.listLabel, Messages.listValue), s -> List.of(s.descriptor().key(), s.descriptor().label(),
                        s.stored().isPresent() ? TextTable.orNone(s.effective()) : NLS.bind(Messages.settingDefaultValue, TextTable.orNone(s.effective()))));
    }

    /** The value alone on its line, or the setting as one object of the fields {@code settings list} prints. */
    private void get(Setting setting, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            JsonOutput.printObject(out, HEADER, values(setting));
        } else {
            out.println(setting.effective());
        }
    }

    /** Values are strings, as {@code settings set} takes them; an empty one is absent. */
    private static List<Object> values(Setting s) {
        return Arrays.asList(s.descriptor().key(), TextTable.orNull(s.effective()), TextTable.orNull(s.descriptor().defaultValue()), s.stored().isPresent(),
                s.descriptor().category(), s.descriptor().label());
    }

    private void change(Map<String, String> changes) throws AccountException {
        // unknown keys are left to the service, which lists them with every other problem
        Map<String, String> before = effective();
        List<String> changed = settings.change(actor, changes);
        Map<String, String> after = effective();
        for (String key : changes.keySet()) {
            if (changed.contains(key)) {
                err.println(NLS.bind(Messages.settingChanged, new Object[] { key, TextTable.orNone(before.get(key)), TextTable.orNone(after.get(key)) }));
            } else {
                err.println(NLS.bind(Messages.settingUnchanged, key));
            }
        }
    }

    private Map<String, String> effective() throws AccountException {
        Map<String, String> values = new LinkedHashMap<>();
        settings.settings(actor).forEach(s -> values.put(s.descriptor().key(), s.effective()));
        return values;
    }

    /** {@code KEY=VALUE} arguments; the value may be empty (the default) and may hold {@code =}. */
    private static Map<String, String> parse(List<String> arguments) throws CommandLineException {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw CommandLineException.usage(NLS.bind(Messages.settingArgumentMalformed, argument));
            }
            if (changes.put(argument.substring(0, equals).strip(), argument.substring(equals + 1)) != null) {
                throw CommandLineException.usage(NLS.bind(Messages.settingTwice, argument.substring(0, equals).strip()));
            }
        }
        return changes;
    }
}
