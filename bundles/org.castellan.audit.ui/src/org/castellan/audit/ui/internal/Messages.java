package org.castellan.audit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Audit perspective's messages, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.audit.ui.internal.messages"; //$NON-NLS-1$

    public static String serviceMissing;
    public static String kindLabel;
    public static String kindCurrentRights;
    public static String kindMenuEntries;
    public static String kindMenuRefusals;
    public static String kindDataLeft;
    public static String kindLogins;
    public static String kindRightsCard;
    public static String kindRightsOnDay;
    public static String allTime;
    public static String fromLabel;
    public static String toLabel;
    public static String failuresOnly;
    public static String userLabel;
    public static String everyone;
    public static String bundleLabel;
    public static String everyBundle;
    public static String run;
    public static String exportCsv;
    public static String exportPdf;
    public static String verify;
    public static String running;
    public static String reportShown;
    public static String nothingToExport;
    public static String exporting;
    public static String exported;
    public static String verifying;
    public static String chainIntactToHead;
    public static String chainIntactNoHead;
    public static String chainIntactHeadOnServer;
    public static String headUnreadable;
    public static String chainBroken;
    public static String chartTitle;
    public static String chartSucceeded;
    public static String chartFailed;
    public static String sealsIntact;
    public static String sealsBroken;
    public static String hintBeforeRun;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
