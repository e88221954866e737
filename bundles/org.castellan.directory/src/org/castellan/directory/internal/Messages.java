package org.castellan.directory.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the directory, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.directory.internal.messages"; //$NON-NLS-1$
    public static String settingsCategory;
    public static String settingUrls;
    public static String settingUrlsHelp;
    public static String settingStartTls;
    public static String settingStartTlsHelp;
    public static String settingCaCertificate;
    public static String settingCaCertificateHelp;
    public static String settingBaseDn;
    public static String settingBaseDnHelp;
    public static String settingServiceDn;
    public static String settingServiceDnHelp;
    public static String settingLoginAttribute;
    public static String settingLoginAttributeHelp;
    public static String settingFilter;
    public static String settingFilterHelp;
    public static String settingConnectTimeout;
    public static String settingConnectTimeoutHelp;
    public static String settingReadTimeout;
    public static String settingReadTimeoutHelp;
    public static String urlInvalid;
    public static String dnInvalid;
    public static String certificateInvalid;
    public static String filterInvalid;
    public static String notConfigured;
    public static String serviceDnMissing;
    public static String servicePasswordMissing;
    public static String passwordEmpty;
    public static String loginNotConfigured;
    public static String loginUnavailable;
    public static String userNotFound;
    public static String userAmbiguous;
    public static String passwordWrong;
    public static String serviceRefused;
    public static String accountDisabled;
    public static String accountLocked;
    public static String passwordExpired;
    public static String directoryError;
    public static String tlsFailed;
    public static String unreachable;
    public static String connected;
    public static String serviceAccepted;
    public static String userFound;
    public static String storeFailed;
    public static String servicePasswordUnwritable;
    public static String noInstallationFolder;
    public static String notAdministrator;
    public static String settingNestedGroups;
    public static String settingNestedGroupsHelp;
    public static String mappingUnknownGroup;
    public static String mappingExists;
    public static String mappingMissing;
    public static String directoryUnusable;
    public static String groupUnreadable;
    public static String syncNoneFound;
    public static String searchEmpty;
    public static String importNothing;
    public static String importNotFound;
    public static String passwordReset;
    public static String passwordGrace;
    public static String passwordGraceLast;
    public static String passwordExpiresSoon;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
