package org.castellan.menu.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.menu.MenuLevels;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.Transaction;
import org.osgi.service.component.annotations.Component;

/**
 * The menu's installation-wide settings, as {@link MenuSettings} keeps them. Per-option levels and
 * rights are changed in the Menu Levels editor and by packages, not here.
 */
@Component(service = SettingContribution.class)
public final class MenuSettingsContribution implements SettingContribution {

    /** Longest edition name: it is compared with the names options declare. */
    private static final int LONGEST_EDITION = 60;

    @Override
    public List<SettingDescriptor> settings() {
        String category = Messages.settingsCategory;
        return List.of(
                SettingDescriptor.number(MenuSettings.DEFAULT_LEVEL, category, Messages.settingDefaultLevel, Messages.settingDefaultLevelHelp, 0, 0,
                        MenuLevels.MAXIMUM_LEVEL),
                SettingDescriptor.choice(MenuSettings.SITE, category, Messages.settingSite, Messages.settingSiteHelp, "central", //$NON-NLS-1$
                        List.of("central", "centre")), //$NON-NLS-1$ //$NON-NLS-2$
                SettingDescriptor.text(MenuSettings.EDITION, category, Messages.settingEdition, Messages.settingEditionHelp, MenuLevelsImpl.DEFAULT_EDITION,
                        MenuSettingsContribution::editionProblem),
                SettingDescriptor.number(MenuSettings.PACKAGE_VERSION, category, Messages.settingPackageVersion, Messages.settingPackageVersionHelp, 0, 0,
                        Long.MAX_VALUE).shownOnly());
    }

    private static Optional<String> editionProblem(String value) {
        return !value.isEmpty() && value.length() <= LONGEST_EDITION && value.chars().noneMatch(Character::isWhitespace) ? Optional.empty()
                : Optional.of(Messages.settingEditionInvalid);
    }

    /** Open windows follow the menu's revision: a new site, edition or default level must reach them. */
    @Override
    public void written(Transaction tx, Set<String> keys) throws SQLException {
        MenuSettings.advanceRevision(tx);
    }
}
