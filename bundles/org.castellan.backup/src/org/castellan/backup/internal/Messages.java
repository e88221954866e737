package org.castellan.backup.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the backup core. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.backup.internal.messages"; //$NON-NLS-1$

    public static String notAllowedBackup;
    public static String notAllowedRestore;
    public static String noMediumYet;
    public static String mediumAbsent;
    public static String mediumUninitialised;
    public static String mediumForeign;
    public static String markerCopied;
    public static String markerUnreadable;
    public static String targetIsAFile;
    public static String targetNotWritable;
    public static String targetInsideInstallation;
    public static String passphraseMissing;
    public static String passphraseNeeded;
    public static String passphraseWrong;
    public static String encryptedAtRest;
    public static String clientWorkstation;
    public static String notAnInstallation;
    public static String taskBackup;
    public static String taskVerify;
    public static String taskRestore;
    public static String stepDatabase;
    public static String stepConfiguration;
    public static String stepDataSet;
    public static String stepPacking;
    public static String stepManifest;
    public static String stepChecksums;
    public static String stepBootCopy;
    public static String stepRestoreFiles;
    public static String stepRestoreDatabase;
    public static String backupLogged;
    public static String cancelled;
    public static String journalFailed;
    public static String writeFailed;
    public static String vanished;
    public static String retentionFailed;
    public static String shutdownFailed;
    public static String verificationFailed;
    public static String notAGoodBackup;
    public static String tampered;
    public static String rowsDiffer;
    public static String copyDoesNotBoot;
    public static String restoreTargetNotEmpty;
    public static String restoreFailed;
    public static String stillOpen;
    public static String swapFailed;
    public static String restoreCompleted;
    public static String dataSetIncomplete;
    public static String dataSetDuplicate;
    public static String commandBackedUp;
    public static String commandShuttingDown;
    public static String commandRemovable;
    public static String commandVerified;
    public static String commandRestored;
    public static String commandRestoredOver;
    public static String commandUnexpected;
    public static String commandUsage;
    public static String settingsCategory;
    public static String settingCompress;
    public static String settingCompressHelp;
    public static String settingEncrypt;
    public static String settingEncryptHelp;
    public static String settingDaily;
    public static String settingDailyHelp;
    public static String settingWeekly;
    public static String settingWeeklyHelp;
    public static String settingShutdown;
    public static String settingShutdownHelp;
    public static String settingShutdownCommand;
    public static String settingShutdownCommandHelp;
    public static String settingShutdownCommandMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
