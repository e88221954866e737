package org.castellan.menu.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the levels UI (see messages.properties). */
public final class Messages extends NLS {

    public static String refreshJob;
    public static String noSession;
    public static String exportWithRoles;
    public static String defaultLevelLabel;
    public static String defaultLevelTip;
    public static String expertMode;
    public static String expertModeTip;
    public static String orderNotANumber;
    public static String commandRefused;
    public static String patternsRefused;
    public static String patternsNoToken;
    public static String askPasswordShell;
    public static String askPasswordTitle;
    public static String askPasswordMessage;
    public static String askPasswordLogin;
    public static String askPasswordPassword;
    public static String askPasswordAllow;
    public static String editorName;
    public static String editorIntro;
    public static String columnMenu;
    public static String columnOrder;
    public static String columnOption;
    public static String columnLevel;
    public static String columnAskPassword;
    public static String columnVersions;
    public static String columnScope;
    public static String columnBundle;
    public static String columnSource;
    public static String yes;
    public static String no;
    public static String all;
    public static String scopeCentral;
    public static String scopeCentres;
    public static String scopeBoth;
    public static String sourceEdited;
    public static String sourceEssential;
    public static String sourceOverride;
    public static String sourceDeclared;
    public static String saveRefused;
    public static String packageTitle;
    public static String exported;
    public static String imported;
    public static String packageFile;
    public static String refusedTitle;
    public static String columnRights;
    public static String rightsNone;
    public static String rightUndeclared;
    public static String rightsDialogTitle;
    public static String rightsDialogMessage;
    public static String levelNotALevel;

    static {
        NLS.initializeMessages("org.castellan.menu.ui.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
