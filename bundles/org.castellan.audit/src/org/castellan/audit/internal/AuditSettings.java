package org.castellan.audit.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditJournal;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** The journal's settings, as {@link JournalService} reads them. */
@Component(service = SettingContribution.class)
public final class AuditSettings implements SettingContribution {

    /** A century: retention beyond it is keeping everything. */
    private static final long LONGEST_RETENTION_DAYS = 36_500;

    @Override
    public List<SettingDescriptor> settings() {
        String category = Messages.settingsCategory;
        return List.of(
                SettingDescriptor.choice(AuditJournal.SETTING_LOGINS, category, Messages.settingLogins, Messages.settingLoginsHelp, "all", //$NON-NLS-1$
                        List.of("all", "failures", "none")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new SettingDescriptor(AuditJournal.SETTING_RETENTION_DAYS, category, Messages.settingRetention, Messages.settingRetentionHelp,
                        SettingDescriptor.Kind.NUMBER, "", List.of(), List.of(), SettingDescriptor.Check.between(1, LONGEST_RETENTION_DAYS), false), //$NON-NLS-1$
                SettingDescriptor.text(AuditJournal.SETTING_HEAD_MIRROR, category, Messages.settingHeadMirror, Messages.settingHeadMirrorHelp, "", //$NON-NLS-1$
                        AuditSettings::folderProblem));
    }

    /** The mirror is written by every workstation: only an absolute folder means the same place on each. */
    private static Optional<String> folderProblem(String value) {
        try {
            return value.isEmpty() || Path.of(value).isAbsolute() ? Optional.empty() : Optional.of(NLS.bind(Messages.settingHeadMirrorRelative, value));
        } catch (InvalidPathException e) {
            return Optional.of(NLS.bind(Messages.settingHeadMirrorRelative, value));
        }
    }
}
