package org.castellan.config.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of configuration as code, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.config.internal.messages"; //$NON-NLS-1$
    public static String notYaml;
    public static String notAConfiguration;
    public static String topLevel;
    public static String formatUnknown;
    public static String sectionUnknown;
    public static String sectionNotMapping;
    public static String entryNotMapping;
    public static String fieldUnknown;
    public static String fieldMissing;
    public static String notFlag;
    public static String notNumber;
    public static String notList;
    public static String notScalar;
    public static String keyTwice;
    public static String exportHeader;
    public static String exportCompanies;
    public static String exportRoles;
    public static String exportGroups;
    public static String exportUsers;
    public static String exportMenu;
    public static String exportSettings;
    public static String exportSetting;
    public static String storeFailed;
    public static String textRefused;
    public static String problemOnLine;
    public static String ruleRefused;
    public static String entryProblem;
    public static String notPredefinedHere;
    public static String predefinedHere;
    public static String unknownMember;
    public static String unknownRole;
    public static String unknownCompany;
    public static String domainFixed;
    public static String isTheGuest;
    public static String notTheGuest;
    public static String choiceUnknown;
    public static String guestAccessSetting;
    public static String exportPermissions;
    public static String exportDataRights;
    public static String objectUnknown;
    public static String unknownPrincipal;
    public static String givenTwice;
    public static String dataModelUnknown;
    public static String notInModels;
    public static String itemMalformed;
    public static String measureUnknown;
    public static String dimensionUnknown;
    public static String memberUnknown;
    public static String rightNameTwice;
    public static String exportDirectoryGroups;
    public static String unknownMappedGroup;
    public static String mappingWithoutGroup;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
