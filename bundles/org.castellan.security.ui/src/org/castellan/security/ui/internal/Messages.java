package org.castellan.security.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Security perspective's strings, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.security.ui.internal.messages"; //$NON-NLS-1$

    public static String filterHint;
    public static String refresh;
    public static String refreshTooltip;
    public static String sectionTitle;
    public static String sectionUsers;
    public static String sectionExternalUsers;
    public static String seatsSummary;
    public static String seatsUnlimited;
    public static String groupsSummary;
    public static String rolesSummary;
    public static String columnLogin;
    public static String columnName;
    public static String columnLevel;
    public static String columnStatus;
    public static String columnRoles;
    public static String columnGroups;
    public static String columnLastLogin;
    public static String columnLastFailure;
    public static String columnEmail;
    public static String columnMembers;
    public static String columnDescription;
    public static String columnKind;
    public static String columnRights;
    public static String statusEnabled;
    public static String statusDisabled;
    public static String statusGuestOn;
    public static String statusGuestOff;
    public static String statusLocked;
    public static String rolePredefined;
    public static String roleCustom;
    public static String openFailedTitle;
    public static String wrongInput;
    public static String conflictTitle;
    public static String conflictQuestion;
    public static String guestRuleBeforeSave;
    public static String tabProfile;
    public static String tabRights;
    public static String fieldLogin;
    public static String fieldDisplayName;
    public static String fieldEmail;
    public static String fieldLevel;
    public static String fieldSessionPolicy;
    public static String sessionNormal;
    public static String sessionOneTransaction;
    public static String fieldExternal;
    public static String fieldExternalLong;
    public static String fieldEnabled;
    public static String fieldGuestAccess;
    public static String fieldDomain;
    public static String fieldPassword;
    public static String fieldLoginRecord;
    public static String setPasswordButton;
    public static String unlockButton;
    public static String unlockFailedTitle;
    public static String loginRecord;
    public static String never;
    public static String lockedUntil;
    public static String notLocked;
    public static String guestLogin;
    public static String availableRoles;
    public static String userRoles;
    public static String availableGroups;
    public static String userGroups;
    public static String effectiveRights;
    public static String userHeading;
    public static String availableRights;
    public static String activeRights;
    public static String fieldRoleName;
    public static String fieldDescription;
    public static String rightUndeclared;
    public static String rightInCategory;
    public static String rolePredefinedHint;
    public static String roleCustomHint;
    public static String roleGone;
    public static String roleHeading;
    public static String saveRoleAsTitle;
    public static String saveRoleAsMessage;
    public static String copyOf;
    public static String availableUsers;
    public static String groupRoles;
    public static String groupMembers;
    public static String fieldGroupName;
    public static String groupGone;
    public static String groupHeading;
    public static String saveGroupAsTitle;
    public static String saveGroupAsMessage;
    public static String nameEmpty;
    public static String newUserShellTitle;
    public static String newUserTitle;
    public static String newUserMessage;
    public static String checkLoginButton;
    public static String loginAvailable;
    public static String nextButton;
    public static String newUserFailedTitle;
    public static String newUserPasswordTitle;
    public static String newUserPasswordMessage;
    public static String setPasswordTitle;
    public static String setPasswordMessage;
    public static String setPasswordFailedTitle;
    public static String refusedTitle;
    public static String newGroupTitle;
    public static String newGroupMessage;
    public static String newRoleTitle;
    public static String newRoleMessage;
    public static String deleteRoleTitle;
    public static String deleteRoleQuestion;
    public static String deleteGroupTitle;
    public static String deleteGroupQuestion;
    public static String policyShellTitle;
    public static String policyTitle;
    public static String policyMessage;
    public static String policyScope;
    public static String policyWholeInstallation;
    public static String policyOfGroup;
    public static String policyOwn;
    public static String policyLength;
    public static String policyDigit;
    public static String policyLower;
    public static String policyUpper;
    public static String policySpecial;
    public static String policyExpiry;
    public static String policyWarning;
    public static String policyPresets;
    public static String policyPharmacyPreset;
    public static String policyDefaultPreset;
    public static String policySaved;
    public static String applyButton;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
