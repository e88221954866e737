package org.castellan.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the command line ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.cli.internal.messages"; //$NON-NLS-1$

    public static String usage;
    public static String usageError;
    public static String problem;
    public static String commandMissing;
    public static String commandUnknown;
    public static String argumentMissing;
    public static String argumentLogin;
    public static String argumentFile;
    public static String sharedFolder;
    public static String menuImported;
    public static String menuFileUnreadable;
    public static String argumentRole;
    public static String argumentUnexpected;
    public static String optionUnknown;
    public static String optionNeedsValue;
    public static String optionTwice;
    public static String passwordArgument;
    public static String levelNotANumber;
    public static String formatUnknown;
    public static String actorMissing;
    public static String noConsole;
    public static String stdinPasswordMissing;
    public static String stdinNewPasswordMissing;
    public static String promptPassword;
    public static String promptNewPassword;
    public static String promptNewPasswordAgain;
    public static String passwordNotTyped;
    public static String newPasswordsDiffer;
    public static String promptPassphrase;
    public static String passphraseMissing;
    public static String passphraseCancelled;
    public static String notAnInstallation;
    public static String noAdministrator;
    public static String servicesMissing;
    public static String unexpectedError;
    public static String userCreated;
    public static String passwordSet;
    public static String userDisabled;
    public static String userEnabled;
    public static String rightGranted;
    public static String rightAlreadyHeld;
    public static String rightRevoked;
    public static String rightNotHeld;
    public static String rightUnknown;
    public static String argumentRoleName;
    public static String argumentRoleLogin;
    public static String rightsListBad;
    public static String roleCreated;
    public static String roleCreatedNoRights;
    public static String roleAssigned;
    public static String roleAlreadyAssigned;
    public static String roleUnassigned;
    public static String roleNotAssigned;
    public static String roleUnknown;
    public static String listUsers;
    public static String listExternalUsers;
    public static String listNone;
    public static String listLogin;
    public static String listName;
    public static String listLevel;
    public static String listEnabled;
    public static String listRoles;
    public static String listGroups;
    public static String listLastLogin;
    public static String listLastFailure;
    public static String listYes;
    public static String listNo;
    public static String listEmpty;
    public static String listSeats;
    public static String listSeatsUnlimited;
    public static String auditAdministratorsOnly;
    public static String auditIntact;
    public static String auditBroken;
    public static String auditHeadNotReached;
    public static String auditHeadReached;
    public static String promptBackupPassphrase;

    public static String argumentObject;
    public static String argumentModel;
    public static String datarightsNotAllowed;
    public static String datarightsUserUnknown;
    public static String datarightsObjectUnknown;
    public static String datarightsTop;
    public static String datarightsModelUnknown;
    public static String datarightsNoRight;
    public static String datarightsMeasures;
    public static String datarightsDimension;
    public static String datarightsEveryMember;
    public static String datarightsNoMember;
    public static String datarightsSubtrees;
    public static String datarightsMembers;
    public static String datarightsUnknown;
    public static String datarightsNone;
    public static String datarightsWhere;
    public static String datarightsParameter;
    public static String datarightsSchemaUnreadable;
    public static String argumentReportKind;
    public static String reportKindUnknown;
    public static String reportFormatUnknown;
    public static String dayUnreadable;
    public static String reportOutMissing;
    public static String reportWritten;
    public static String purged;
    public static String headUnreadable;
    public static String argumentCompany;
    public static String optionRequired;
    public static String companyCreated;
    public static String companyRenamed;
    public static String companyNameUnchanged;
    public static String companyArchived;
    public static String companyAlreadyArchived;
    public static String companyReactivated;
    public static String companyAlreadyActive;
    public static String listCode;
    public static String listState;
    public static String listActive;
    public static String listArchived;
    public static String serverAddressBad;
    public static String stdinFirstPasswordMissing;
    public static String initNameEmpty;
    public static String initLoginBad;
    public static String initAlreadyAnInstallation;
    public static String initPasswordBreaksRules;
    public static String initPassphraseMissing;
    public static String initPassphraseTooShort;
    public static String initPassphrasesDiffer;
    public static String promptNewPassphrase;
    public static String promptNewPassphraseAgain;
    public static String initDone;
    public static String initServed;
    public static String initNotRemoved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
