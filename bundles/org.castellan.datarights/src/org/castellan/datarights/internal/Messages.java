package org.castellan.datarights.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the data-rights core, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.datarights.internal.messages"; //$NON-NLS-1$

    public static String explanationNoGrant;
    public static String explanationOwnGrants;
    public static String explanationInherited;
    public static String explanationUserGrant;
    public static String explanationGroupGrant;
    public static String explanationNoAccessWins;
    public static String explanationOverridden;
    public static String objectPermissionsGrantOnUnknownObject;
    public static String objectPermissionsGrantToUnknownPrincipal;
    public static String objectPermissionsUnknownGroup;
    public static String objectPermissionsUnknownParent;
    public static String objectPermissionsDuplicateObject;
    public static String objectPermissionsCycle;
    public static String dataRightsDeletedModel;
    public static String dataRightsDeletedDimension;
    public static String sqlPredicateLevelWithoutColumn;
    public static String multiSourceRefused;
    public static String multiSourceRefusedLine;
    public static String administrationNotAllowed;
    public static String administrationStoreFailed;
    public static String administrationReadNotAllowed;
    public static String administrationReadFailed;
    public static String administrationStale;
    public static String administrationUnknownRight;
    public static String administrationNameTaken;
    public static String administrationNameMissing;
    public static String settingsUnreadable;
    public static String modelNameMissing;
    public static String modelNameTaken;
    public static String modelParameterNameMissing;
    public static String modelParameterTwice;
    public static String modelParameterWithoutDefault;
    public static String modelUnknownComponent;
    public static String modelComponentCycle;
    public static String modelComponentGetsRights;
    public static String modelUnknown;
    public static String modelDeleteInRights;
    public static String modelDeleteSource;
    public static String journalRight;
    public static String journalNobody;
    public static String journalNone;
    public static String journalModel;
    public static String journalRefused;
    public static String journalMembers;
    public static String journalMembersBelow;
    public static String journalDataModel;
    public static String journalObject;
    public static String journalLevel;
    public static String journalGroup;
    public static String journalNoPermissions;
    public static String memberFileFields;
    public static String memberFileNoName;
    public static String memberFileNameTooLong;
    public static String memberFileCaptionTooLong;
    public static String memberFileDuplicate;
    public static String memberFileParentNotInFile;
    public static String memberFileParentUnknown;
    public static String memberFileCycle;
    public static String memberFileRefused;
    public static String memberFileUnreadable;
    public static String memberLoadUnknownDimension;
    public static String memberLoadJournal;
    public static String memberFileMoved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
