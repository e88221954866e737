package org.castellan.menu.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of the menu services (see messages.properties). */
public final class Messages extends NLS {

    public static String optionDuplicate;
    public static String optionInvalid;
    public static String optionScope;
    public static String optionAttributeMissing;
    public static String optionNumber;
    public static String packageNotAPackage;
    public static String packageDamaged;
    public static String packageLine;
    public static String packageLevel;
    public static String packageEssential;
    public static String packageStale;
    public static String importOnCentral;
    public static String exportOnCentre;
    public static String contributionConflict;
    public static String userUnknown;
    public static String refusedUndeclared;
    public static String refusedUnavailable;
    public static String refusedLevel;
    public static String stepUpNotSupervisor;
    public static String notAdministrator;
    public static String levelOutOfRange;
    public static String defaultLevelOutOfRange;
    public static String optionUnknown;
    public static String optionEssential;
    public static String optionIdTooLong;
    public static String rolesUnavailable;
    public static String packageRolesRefused;
    public static String packageRightUnknown;
    public static String orderOutOfRange;
    public static String labelInvalid;
    public static String versionsInvalid;
    public static String staleRevision;
    public static String storeFailed;
    public static String optionEssentialRights;
    public static String optionRightUndeclared;
    public static String refusedRightUndeclared;
    public static String refusedRight;
    public static String refusedRights;
    public static String optionRightUnknown;
    public static String settingsCategory;
    public static String settingDefaultLevel;
    public static String settingDefaultLevelHelp;
    public static String settingSite;
    public static String settingSiteHelp;
    public static String settingEdition;
    public static String settingEditionHelp;
    public static String settingEditionInvalid;
    public static String settingPackageVersion;
    public static String settingPackageVersionHelp;
    public static String notGlobalAdministrator;

    static {
        NLS.initializeMessages("org.castellan.menu.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
