package org.castellan.backup.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the backup tools. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.backup.ui.internal.messages"; //$NON-NLS-1$

    public static String title;
    public static String serverUnknown;
    public static String serverThisAlone;
    public static String serverThisAloneTip;
    public static String serverThisShared;
    public static String serverThisSharedTip;
    public static String serverOther;
    public static String serverOtherTip;
    public static String restoreButton;
    public static String restoreTitle;
    public static String restoreJobName;
    public static String restoreChooseTitle;
    public static String restoreChooseDescription;
    public static String restoreMedium;
    public static String restoreColumnTaken;
    public static String restoreColumnSize;
    public static String restoreColumnKind;
    public static String restoreMegabytes;
    public static String restoreKindPlain;
    public static String restoreKindCompressed;
    public static String restoreKindEncrypted;
    public static String restoreNoBackups;
    public static String restoreTargetTitle;
    public static String restoreTargetDescription;
    public static String restoreIntoNew;
    public static String restoreOver;
    public static String restoreOverExplanation;
    public static String restorePassphraseTitle;
    public static String restorePassphraseDescription;
    public static String restoreOverConfirm;
    public static String restoredInto;
    public static String restoredOver;
    public static String serviceMissing;
    public static String notAllowed;
    public static String mediumNotReady;
    public static String confirm;
    public static String jobName;
    public static String done;
    public static String mayRemove;
    public static String shuttingDown;
    public static String dialogTitle;
    public static String dialogMessage;
    public static String compress;
    public static String shutdown;
    public static String encrypt;
    public static String passphrase;
    public static String passphraseNeeded;
    public static String initialiseTitle;
    public static String chooseTitle;
    public static String chooseDescription;
    public static String folder;
    public static String browse;
    public static String alreadyInitialised;
    public static String confirmTitle;
    public static String confirmDescription;
    public static String confirmSummary;
    public static String initialised;
    public static String lastGoodLabel;
    public static String mediumLabel;
    public static String never;
    public static String overdueSuffix;
    public static String mediumReady;
    public static String backUpButton;
    public static String initialiseButton;
    public static String overdueWarning;
    public static String serverThroughCastellan;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
