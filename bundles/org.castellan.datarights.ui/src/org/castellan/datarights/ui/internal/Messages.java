package org.castellan.datarights.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the data-rights editors, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.datarights.ui.internal.messages"; //$NON-NLS-1$

    public static String permissionsTab;
    public static String permissionsEffectiveTab;
    public static String permissionsObjectColumn;
    public static String permissionsPrincipalColumn;
    public static String permissionsLevelColumn;
    public static String permissionsLevelOnSome;
    public static String permissionsLevelsMixed;
    public static String permissionsAdd;
    public static String permissionsRemove;
    public static String permissionsUser;
    public static String permissionsEffectiveColumn;
    public static String permissionsNameOnly;
    public static String permissionsGroup;
    public static String permissionsProblem;
    public static String dataRightName;
    public static String dataRightModel;
    public static String dataRightModelWithParameters;
    public static String dataRightMeasures;
    public static String dataRightMembers;
    public static String dataRightFilter;
    public static String dataRightEraser;
    public static String dataRightEraserTip;
    public static String dataRightType;
    public static String dataRightTypeTitle;
    public static String dataRightTypeMessage;
    public static String dataRightAddModel;
    public static String dataRightAddModelTitle;
    public static String dataRightAddModelMessage;
    public static String dataRightUnknownMember;
    public static String dataRightFiltered;
    public static String dataRightEraserOn;
    public static String dataRightSelectDimension;
    public static String dataRightPrincipals;
    public static String dataRightHolders;
    public static String editorObjectsName;
    public static String editorNewRight;
    public static String editorReadFailed;
    public static String editorReload;
    public static String editorReloadTip;
    public static String editorDelete;
    public static String editorDeleteTitle;
    public static String editorDeleteMessage;
    public static String editorSaveAsTitle;
    public static String editorSaveAsMessage;
    public static String editorCopyName;
    public static String editorSaveAsNameMissing;
    public static String editorWrongInput;
    public static String viewObjects;
    public static String viewHidden;
    public static String viewNewRight;
    public static String viewUnavailable;
    public static String permissionsNoSuchPrincipal;
    public static String permissionsNoSuchUser;
    public static String viewNotServed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
