package org.castellan.datarights.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the data-rights core, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.datarights.internal.messages"; //$NON-NLS-1$

    public static String Explanation_noGrant;
    public static String Explanation_ownGrants;
    public static String Explanation_inherited;
    public static String Explanation_userGrant;
    public static String Explanation_groupGrant;
    public static String Explanation_noAccessWins;
    public static String Explanation_overridden;
    public static String ObjectPermissions_grantOnUnknownObject;
    public static String ObjectPermissions_grantToUnknownPrincipal;
    public static String ObjectPermissions_unknownGroup;
    public static String ObjectPermissions_unknownParent;
    public static String ObjectPermissions_duplicateObject;
    public static String ObjectPermissions_cycle;
    public static String DataRights_deletedModel;
    public static String DataRights_deletedDimension;
    public static String SqlPredicate_levelWithoutColumn;
    public static String MultiSource_refused;
    public static String MultiSource_refusedLine;
    public static String Administration_notAllowed;
    public static String Administration_storeFailed;
    public static String Administration_readNotAllowed;
    public static String Administration_readFailed;
    public static String Administration_stale;
    public static String Administration_unknownRight;
    public static String Administration_nameTaken;
    public static String Administration_nameMissing;
    public static String Settings_unreadable;
    public static String Model_nameMissing;
    public static String Model_nameTaken;
    public static String Model_parameterNameMissing;
    public static String Model_parameterTwice;
    public static String Model_parameterWithoutDefault;
    public static String Model_unknownComponent;
    public static String Model_componentCycle;
    public static String Model_componentGetsRights;
    public static String Model_unknown;
    public static String Model_deleteInRights;
    public static String Model_deleteSource;
    public static String Journal_right;
    public static String Journal_nobody;
    public static String Journal_none;
    public static String Journal_model;
    public static String Journal_refused;
    public static String Journal_members;
    public static String Journal_membersBelow;
    public static String Journal_dataModel;
    public static String Journal_object;
    public static String Journal_level;
    public static String Journal_group;
    public static String Journal_noPermissions;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
