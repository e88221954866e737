package org.castellan.audit.internal;

import org.eclipse.osgi.util.NLS;

/** The audit journal's messages, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.audit.internal.messages"; //$NON-NLS-1$

    public static String purgeAdministratorsOnly;
    public static String retentionUnset;
    public static String headNotWritten;
    public static String keptHeadUnreadable;
    public static String headNotReached;
    public static String headMalformed;
    public static String reportsAdministratorsOnly;
    public static String rightsCardNeedsUser;
    public static String periodReversed;
    public static String dayInFuture;
    public static String unknownUser;
    public static String journalInactive;
    public static String exportFailed;
    public static String exportNoFolder;
    public static String exportFolderNotWritable;
    public static String exportSource;
    public static String titlePeriod;
    public static String titleBeginning;
    public static String titleUser;
    public static String titleBundle;
    public static String titleFailuresOnly;
    public static String reportCurrentRights;
    public static String reportMenuEntries;
    public static String reportMenuRefusals;
    public static String reportDataLeft;
    public static String reportLogins;
    public static String reportRightsCard;
    public static String reportRightsOnDay;
    public static String columnUser;
    public static String columnName;
    public static String columnRight;
    public static String columnBundle;
    public static String columnThrough;
    public static String columnDateChanged;
    public static String columnTime;
    public static String columnKind;
    public static String columnEntry;
    public static String columnId;
    public static String columnWorkstation;
    public static String columnIpAddress;
    public static String columnOsUser;
    public static String columnProgramVersion;
    public static String columnAction;
    public static String columnSource;
    public static String columnRows;
    public static String columnFile;
    public static String columnResult;
    public static String columnReason;
    public static String columnChange;
    public static String columnAdded;
    public static String columnRemoved;
    public static String columnRightsHeld;
    public static String columnRecordOf;
    public static String columnOption;
    public static String columnMessage;
    public static String refusedLevel;
    public static String refusedRights;
    public static String refusedUndeclaredRight;
    public static String refusedUnavailable;
    public static String refusedDefaultLevel;
    public static String refusedUnknownUser;
    public static String actionCopied;
    public static String actionExported;
    public static String loginSucceeded;
    public static String loginFailed;
    public static String changeGrant;
    public static String changeRevoke;
    public static String noRights;
    public static String throughRole;
    public static String throughGroup;
    public static String pdfPage;
    public static String pdfFooter;
    public static String storeFailed;
    public static String settingsCategory;
    public static String settingLogins;
    public static String settingLoginsHelp;
    public static String settingRetention;
    public static String settingRetentionHelp;
    public static String settingHeadMirror;
    public static String settingHeadMirrorHelp;
    public static String settingHeadMirrorRelative;
    public static String resealAdministratorsOnly;
    public static String verificationStopped;
    public static String exportTooLarge;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
