package org.castellan.server.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the server (its refusals), in messages.properties beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.server.internal.messages"; //$NON-NLS-1$
    public static String bodyTooLarge;
    public static String cannotListen;
    public static String journalFieldUnknown;
    public static String journalKindUnknown;
    public static String jsonBoolean;
    public static String jsonCount;
    public static String jsonEmptyField;
    public static String jsonMalformed;
    public static String jsonMissingField;
    public static String jsonNotObject;
    public static String jsonString;
    public static String jsonStringLists;
    public static String jsonStrings;
    public static String jsonStringMap;
    public static String fileNotBase64;
    public static String fileTooLarge;
    public static String jsonUnknownField;
    public static String jsonWrongType;
    public static String keyStoreUnreadable;
    public static String keyStoreUnwritable;
    public static String keyStoreWithoutKey;
    public static String methodNotAllowed;
    public static String notFound;
    public static String notJson;
    public static String requestRefused;
    public static String schemaRefused;
    public static String serviceFailed;
    public static String tokenRefused;
    public static String tooManyForLogin;
    public static String tooManyFromAddress;
    public static String enrolmentNotAdministrator;
    public static String enrolmentCodeUnknown;
    public static String enrolmentCodeExpired;
    public static String enrolmentCodeUsed;
    public static String commandEmpty;
    public static String commandsUnavailable;
    public static String certificateChanged;
    public static String serverUnreachable;
    public static String enrolmentUnreadable;
    public static String passwordChecksBusy;
    public static String jsonArray;
    public static String serviceUnknown;
    public static String serviceMethodUnknown;
    public static String serviceArgument;
    public static String serviceUnavailable;
    public static String serviceCallFailed;
    public static String serviceArgumentMissing;
    public static String serviceNeedsAdministrator;
    public static String serviceNotServed;
    public static String clientExportNoFolder;
    public static String clientExportWriteFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
