package org.castellan.security.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the security core. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.security.internal.messages"; //$NON-NLS-1$

    public static String passwordTooShort;
    public static String passwordNeedsDigit;
    public static String passwordNeedsLowerCase;
    public static String passwordNeedsUpperCase;
    public static String passwordNeedsSpecial;
    public static String passwordHasControlCharacters;
    public static String passwordRefused;
    public static String policyOutOfRange;
    public static String passwordExpired;
    public static String passwordUnchanged;
    public static String userChangedMeanwhile;
    public static String roleChangedMeanwhile;
    public static String groupChangedMeanwhile;
    public static String guestCannotBeExternal;
    public static String guestHasNoPassword;
    public static String lastAdministrator;
    public static String predefinedRoleKeepsName;
    public static String loginEmpty;
    public static String loginTooLong;
    public static String loginInvalidCharacters;
    public static String administratorExists;
    public static String loginRefused;
    public static String userDisabled;
    public static String storeFailed;
    public static String contributionDuplicate;
    public static String contributionIncomplete;
    public static String synchronizationFailed;
    public static String notAdministrator;
    public static String loginTaken;
    public static String loginConfusable;
    public static String loginOutsideDomainCharacters;
    public static String seatsFull;
    public static String settingInvalid;
    public static String fieldTooLong;
    public static String fieldControlCharacters;
    public static String fieldDisplayName;
    public static String fieldEmail;
    public static String emailInvalid;
    public static String externalNeedsEmail;
    public static String levelOutOfRange;
    public static String accountLocked;
    public static String loginThrottled;
    public static String unknownUser;
    public static String guestDisplayName;
    public static String guestAccessOff;
    public static String rolePredefined;
    public static String unknownRole;
    public static String unknownGroup;
    public static String groupNameTaken;
    public static String groupNameEmpty;
    public static String fieldGroupName;
    public static String unknownRight;
    public static String roleNameTaken;
    public static String roleNameEmpty;
    public static String fieldRoleName;
    public static String fieldDescription;
    public static String guestAdministrativeByRole;
    public static String guestAdministrativeByGroup;
    public static String unknownCompany;
    public static String companyCodeTaken;
    public static String companyCodeEmpty;
    public static String companyCodeCharacters;
    public static String companyNameEmpty;
    public static String fieldCompanyCode;
    public static String fieldCompanyName;
    public static String settingsCategory;
    public static String settingSeats;
    public static String settingSeatsHelp;
    public static String settingDomainCharacters;
    public static String settingDomainCharactersHelp;
    public static String settingPasswordPolicy;
    public static String settingPasswordPolicyHelp;
    public static String settingPolicyCastellan;
    public static String settingPolicyBiPoint;
    public static String settingGuestAccess;
    public static String settingGuestAccessHelp;
    public static String settingDomainCharactersEmpty;
    public static String settingDomainCharactersInvalid;
    public static String settingPasswordPolicyInvalid;
    public static String settingRefused;
    public static String settingsRefused;
    public static String settingUnknown;
    public static String scopeNeedsGlobalAdministrator;
    public static String lastGlobalAdministrator;
    public static String outsideAdministeredCompanies;
    public static String installationWideChange;
    public static String wouldAdministerOutside;
    public static String domainPasswordEmpty;
    public static String directoryNotConfigured;
    public static String domainPasswordInDirectory;
    public static String loginRowsTampered;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
