package org.castellan.datarights.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the data-rights editors, in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.datarights.ui.internal.messages"; //$NON-NLS-1$

    public static String Permissions_tab;
    public static String Permissions_effectiveTab;
    public static String Permissions_objectColumn;
    public static String Permissions_principalColumn;
    public static String Permissions_levelColumn;
    public static String Permissions_levelOnSome;
    public static String Permissions_levelsMixed;
    public static String Permissions_add;
    public static String Permissions_remove;
    public static String Permissions_user;
    public static String Permissions_effectiveColumn;
    public static String Permissions_nameOnly;
    public static String Permissions_group;
    public static String Permissions_problem;
    public static String DataRight_name;
    public static String DataRight_model;
    public static String DataRight_modelWithParameters;
    public static String DataRight_measures;
    public static String DataRight_members;
    public static String DataRight_filter;
    public static String DataRight_eraser;
    public static String DataRight_eraserTip;
    public static String DataRight_type;
    public static String DataRight_typeTitle;
    public static String DataRight_typeMessage;
    public static String DataRight_addModel;
    public static String DataRight_addModelTitle;
    public static String DataRight_addModelMessage;
    public static String DataRight_unknownMember;
    public static String DataRight_filtered;
    public static String DataRight_eraserOn;
    public static String DataRight_selectDimension;
    public static String DataRight_principals;
    public static String DataRight_holders;
    public static String Editor_objectsName;
    public static String Editor_newRight;
    public static String Editor_readFailed;
    public static String Editor_reload;
    public static String Editor_reloadTip;
    public static String Editor_delete;
    public static String Editor_deleteTitle;
    public static String Editor_deleteMessage;
    public static String Editor_saveAsTitle;
    public static String Editor_saveAsMessage;
    public static String Editor_copyName;
    public static String Editor_saveAsNameMissing;
    public static String Editor_wrongInput;
    public static String View_objects;
    public static String View_hidden;
    public static String View_newRight;
    public static String View_unavailable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
