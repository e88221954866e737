package org.castellan.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the shared dialogs and widgets ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.ui.internal.messages"; //$NON-NLS-1$

    public static String unexpectedError;
    public static String changePasswordShellTitle;
    public static String changePasswordCurrentLabel;
    public static String changePasswordNewLabel;
    public static String changePasswordConfirmLabel;
    public static String changePasswordMismatch;
    public static String changePasswordButton;
    public static String changePasswordFailed;
    public static String passwordRulesHeader;
    public static String passwordRuleBroken;
    public static String passwordRuleMet;
    public static String passwordFollowsRules;
    public static String serviceMissing;
    public static String filterHint;
    public static String pickerAdd;
    public static String pickerRemove;
    public static String pickerAddAll;
    public static String pickerRemoveAll;
    public static String nameFieldHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
