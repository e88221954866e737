package org.castellan.store.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the store; every one says what happened and what to do. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.store.internal.messages"; //$NON-NLS-1$

    public static String folderIsAFile;
    public static String folderNotWritable;
    public static String folderNotCreatable;
    public static String alreadyAnInstallation;
    public static String notAnInstallation;
    public static String notSharedSoInUse;
    public static String settingsUnreadable;
    public static String databaseMissing;
    public static String inUseByProcess;
    public static String inUseInThisProgram;
    public static String inUseByOtherProgram;
    public static String damaged;
    public static String schemaTooNew;
    public static String migrationFailed;
    public static String passphraseMissing;
    public static String passphraseWrong;
    public static String credentialsRefused;
    public static String credentialsMissing;
    public static String serverUnreachable;
    public static String serverStartFailed;
    public static String clientDriverMissing;
    public static String changedBySomeoneElse;
    public static String deletedBySomeoneElse;
    public static String duplicate;
    public static String notContained;
    public static String databaseError;
    public static String settingOutOfRange;
    public static String settingNotNumber;
    public static String settingReadOnly;
    public static String settingEmpty;
    public static String settingNotFlag;
    public static String settingNotAChoice;
    public static String sealRowChanged;
    public static String sealRowChangedColumns;
    public static String sealRowAdded;
    public static String sealRowRemoved;
    public static String sealTotals;
    public static String sealKeyMissing;
    public static String sealKeyWrong;
    public static String sealKeyNoFile;
    public static String sealKeyMissingForWrite;
    public static String sealKeyNotWritten;
    public static String sealKeyUnreadable;
    public static String enrolledWorkstation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
