package org.castellan.sessions.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the session registry. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.sessions.internal.messages"; //$NON-NLS-1$

    public static String storeFailed;
    public static String notAllowed;
    public static String companyMissing;
    public static String unknownCompany;
    public static String periodMissing;
    public static String endBeforeStart;
    public static String periodPast;
    public static String clockOff;
    public static String messageTooLong;
    public static String logoutMessageMissing;
    public static String allCompanies;
    public static String company;
    public static String loginRefused;
    public static String loginRefusedMessage;
    public static String banGone;
    public static String exclusiveRefused;
    public static String sessionEndedIdle;
    public static String sessionEndedAbsolute;
    public static String sessionGone;
    public static String oneTransaction;
    public static String invalidSetting;
    public static String companyArchived;
    public static String settingsCategory;
    public static String settingHeartbeat;
    public static String settingHeartbeatHelp;
    public static String settingMissedHeartbeats;
    public static String settingMissedHeartbeatsHelp;
    public static String settingIdleTimeout;
    public static String settingIdleTimeoutHelp;
    public static String settingAbsoluteTimeout;
    public static String settingAbsoluteTimeoutHelp;
    public static String companyNotAllowed;
    public static String notAdministeringAll;
    public static String notAdministeringCompany;
    public static String notAllowedToSee;
    public static String sessionUnknown;
    public static String sessionOfNoCompany;
    public static String sessionStale;
    public static String sessionNotOpen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
