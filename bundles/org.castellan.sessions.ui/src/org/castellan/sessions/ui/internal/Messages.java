package org.castellan.sessions.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the sessions UI. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.sessions.ui.internal.messages"; //$NON-NLS-1$

    public static String serviceMissing;
    public static String companyFilter;
    public static String allCompanies;
    public static String refresh;
    public static String blockOpenings;
    public static String liftBan;
    public static String sessionsOnCompany;
    public static String requestLogout;
    public static String columnStart;
    public static String columnUser;
    public static String columnCompany;
    public static String columnWorkstation;
    public static String columnProgram;
    public static String columnLastSign;
    public static String columnState;
    public static String stateActive;
    public static String stateStale;
    public static String stateForced;
    public static String stateBan;
    public static String summary;
    public static String liftTitle;
    public static String liftQuestion;
    public static String liftFailed;
    public static String blockTitle;
    public static String blockMessage;
    public static String blockCompany;
    public static String blockFrom;
    public static String blockTo;
    public static String blockText;
    public static String blockButton;
    public static String blockFailed;
    public static String exclusiveTitle;
    public static String exclusiveFree;
    public static String noCompany;
    public static String logoutTitle;
    public static String logoutPrompt;
    public static String logoutDefault;
    public static String logoutSent;
    public static String logoutRequestedTitle;
    public static String logoutRequested;
    public static String banTitle;
    public static String banQuestion;
    public static String banForce;
    public static String banLift;
    public static String banCancel;
    public static String sessionFailed;
    public static String chooseCompanyTitle;
    public static String chooseCompanyAtLogin;
    public static String chooseCompanyOpen;
    public static String companyItem;
    public static String companyNotChosen;
    public static String noCompanyForUser;
    public static String switchTitle;
    public static String switchNoSession;
    public static String switchOneCompany;
    public static String switchNoCompanyName;
    public static String chooseCompanySwitch;
    public static String chooseCompanySwitchButton;
    public static String logoutPromptAll;
    public static String liftQuestionAll;
    public static String notServedOnClient;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
