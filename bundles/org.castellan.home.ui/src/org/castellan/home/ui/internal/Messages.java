package org.castellan.home.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the home. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.home.ui.internal.messages"; //$NON-NLS-1$

    public static String greetingAdministrator;
    public static String greetingUser;
    public static String notAvailable;
    public static String readFailed;
    public static String never;
    public static String backupTitle;
    public static String backupLast;
    public static String backupNever;
    public static String backupOverdue;
    public static String backupAction;
    public static String journalTitle;
    public static String journalNever;
    public static String journalIntact;
    public static String journalBroken;
    public static String journalVerifying;
    public static String journalAction;
    public static String sessionsTitle;
    public static String sessionsNone;
    public static String sessionsCompany;
    public static String sessionsMore;
    public static String noCompany;
    public static String everyCompany;
    public static String sessionsAction;
    public static String accountsTitle;
    public static String seatsLimited;
    public static String seatsUnlimited;
    public static String passwordsExpiring;
    public static String usersAction;
    public static String loginsTitle;
    public static String loginsTotals;
    public static String lockedAccounts;
    public static String loginsAction;
    public static String consistencyTitle;
    public static String consistent;
    public static String inconsistent;
    public static String inconsistentMore;
    public static String definitionAction;
    public static String ownTitle;
    public static String ownLevel;
    public static String ownPasswordNever;
    public static String ownPasswordExpires;
    public static String ownLastLogin;
    public static String ownNoFailure;
    public static String ownFailures;
    public static String changePasswordAction;
    public static String ownPasswordInDirectory;
    public static String journalCancelled;
    public static String journalRowsChecked;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
