package org.castellan.menu;

import java.util.List;

/**
 * What a menu package holds.
 *
 * @param version       the package's version (the central's count of exports)
 * @param source        the installation that exported it
 * @param defaultLevel  the default level it sets
 * @param changes       the levels it sets
 * @param notInstalled  the options it sets that no bundle on this installation declares (kept, they count once installed)
 * @param roles         the roles and their rights it carries (empty when the central exported levels only)
 *
 * @since 0.1
 */
public record PackageSummary(long version, String source, int defaultLevel, List<LevelChange> changes, List<String> notInstalled,
        List<PackagedRole> roles) {

    public PackageSummary {
        changes = List.copyOf(changes);
        notInstalled = List.copyOf(notInstalled);
        roles = List.copyOf(roles);
    }

    /** A package of levels only. */
    public PackageSummary(long version, String source, int defaultLevel, List<LevelChange> changes, List<String> notInstalled) {
        this(version, source, defaultLevel, changes, notInstalled, List.of());
    }
}
