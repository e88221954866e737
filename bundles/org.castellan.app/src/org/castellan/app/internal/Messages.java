package org.castellan.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Castellan application ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.app.internal.messages"; //$NON-NLS-1$

    public static String errorDialogTitle;
    public static String unexpectedError;
    public static String sharedInstallation;
    public static String accountServiceMissing;
    public static String firstStartShellTitle;
    public static String firstStartTitle;
    public static String firstStartAdministratorTitle;
    public static String firstStartMessage;
    public static String firstStartAdministratorMessage;
    public static String firstStartInstallationGroup;
    public static String firstStartFolderLabel;
    public static String firstStartNameLabel;
    public static String firstStartNameHint;
    public static String firstStartAdministratorGroup;
    public static String firstStartLoginLabel;
    public static String firstStartDisplayNameLabel;
    public static String firstStartDisplayNameHint;
    public static String firstStartPasswordLabel;
    public static String firstStartConfirmationLabel;
    public static String firstStartEncryptionGroup;
    public static String firstStartEncryptLabel;
    public static String firstStartPassphraseLabel;
    public static String firstStartPassphraseConfirmationLabel;
    public static String firstStartPassphraseNote;
    public static String firstStartCreateButton;
    public static String firstStartCreating;
    public static String firstStartCreatingAdministrator;
    public static String firstStartFailed;
    public static String firstStartNameMissing;
    public static String firstStartLoginMissing;
    public static String firstStartLoginSpaces;
    public static String firstStartPasswordBreaksRules;
    public static String firstStartConfirmationDiffers;
    public static String firstStartPassphraseTooShort;
    public static String firstStartPassphraseDiffers;
    public static String loginShellTitle;
    public static String loginTitle;
    public static String loginMessage;
    public static String loginLoginLabel;
    public static String loginPasswordLabel;
    public static String loginButton;
    public static String loginFailed;
    public static String loginGuestButton;
    public static String changePasswordTitle;
    public static String changePasswordMessage;
    public static String passwordRenewTitle;
    public static String passwordExpiresSoonTitle;
    public static String passwordExpiresSoon;
    public static String passwordChangeNowButton;
    public static String passwordChangeLaterButton;
    public static String passwordChangeNowMessage;
    public static String passphraseShellTitle;
    public static String passphraseTitle;
    public static String passphraseMessage;
    public static String passphraseFolderLabel;
    public static String passphraseLabel;
    public static String passphraseRefused;
    public static String passphraseOpenButton;
    public static String windowTitle;
    public static String menuFile;
    public static String menuWindow;
    public static String menuHelp;
    public static String menuOpenPerspective;
    public static String menuShowView;
    public static String menuChangePassword;
    public static String menuLogOut;
    public static String logOutSessionEnded;
    public static String installationViewNoSession;
    public static String installationViewFolder;
    public static String installationViewNoFolder;
    public static String installationViewMode;
    public static String installationViewModeEmbedded;
    public static String installationViewModeServer;
    public static String installationViewModeClient;
    public static String installationViewSchema;
    public static String installationViewUser;
    public static String installationViewUserValue;
    public static String installationViewLevel;
    public static String installationViewLevelValue;
    public static String loginRefusedSeeBelow;
    public static String windowTitleCompany;
    public static String directoryNoticeTitle;
    public static String clientInstallationName;
    public static String clientNotServedYet;
    public static String clientSessionEnded;
    public static String clientMenuUnanswered;
    public static String clientMenuOtherUser;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
