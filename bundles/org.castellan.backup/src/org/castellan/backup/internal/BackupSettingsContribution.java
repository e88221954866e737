package org.castellan.backup.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.castellan.backup.BackupOptions;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * The backup options and the shutdown command, as {@link BackupSettings} reads them. The data sets
 * a backup includes are chosen in the Backup view's options, beside the data sets themselves.
 */
@Component(service = SettingContribution.class)
public final class BackupSettingsContribution implements SettingContribution {

    /** Ten years of weeks, a year of days: more copies than a medium holds. */
    private static final int MOST_WEEKLY = 520;
    private static final int MOST_DAILY = 366;

    @Override
    public List<SettingDescriptor> settings() {
        BackupOptions d = BackupOptions.DEFAULT;
        String category = Messages.settingsCategory;
        return List.of(
                SettingDescriptor.flag(BackupSettings.COMPRESS, category, Messages.settingCompress, Messages.settingCompressHelp, d.compress()),
                SettingDescriptor.flag(BackupSettings.ENCRYPT, category, Messages.settingEncrypt, Messages.settingEncryptHelp, d.encrypt()),
                SettingDescriptor.number(BackupSettings.DAILY, category, Messages.settingDaily, Messages.settingDailyHelp, d.dailyKept(), 1, MOST_DAILY),
                SettingDescriptor.number(BackupSettings.WEEKLY, category, Messages.settingWeekly, Messages.settingWeeklyHelp, d.weeklyKept(), 0,
                        MOST_WEEKLY),
                SettingDescriptor.flag(BackupSettings.SHUTDOWN, category, Messages.settingShutdown, Messages.settingShutdownHelp,
                        d.shutdownWhenFinished()),
                SettingDescriptor.text(BackupSettings.SHUTDOWN_COMMAND, category, Messages.settingShutdownCommand, Messages.settingShutdownCommandHelp,
                        BackupSettings.DEFAULT_SHUTDOWN_COMMAND, BackupSettingsContribution::commandProblem));
    }

    /** The command's program must exist here: a path to an executable file, or a name found on the PATH. */
    static Optional<String> commandProblem(String command) {
        String program = command.split("\\s+")[0]; //$NON-NLS-1$
        return program.isEmpty() || executable(program) ? Optional.empty() : Optional.of(NLS.bind(Messages.settingShutdownCommandMissing, program));
    }

    private static boolean executable(String program) {
        try {
            if (program.contains(File.separator)) {
                return Files.isExecutable(Path.of(program)) && !Files.isDirectory(Path.of(program));
            }
            String path = Optional.ofNullable(System.getenv("PATH")).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, program); //$NON-NLS-1$
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
