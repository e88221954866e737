package org.castellan.directory.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.NamingException;
import javax.naming.OperationNotSupportedException;
import javax.naming.ServiceUnavailableException;
import javax.net.ssl.SSLException;

/**
 * What a directory's error means for a login: no server, a TLS failure, or a refusal, which Active
 * Directory details in the {@code data} code of its message (error 49: {@code ... data 533, ...}).
 */
public enum DirectoryAnswer {
    /** No server answered in time. */
    UNREACHABLE,
    /** The connection could not be secured (an untrusted or misnamed certificate, no TLS). */
    TLS_FAILED,
    /** Wrong password, or no such account. */
    WRONG_CREDENTIALS,
    /** Active Directory: the account is disabled (533) or expired (701). */
    DISABLED,
    /** Active Directory: the account is locked out (775). */
    LOCKED,
    /** Active Directory: the password expired (532) or must be changed first (773). */
    PASSWORD_EXPIRED,
    /** Any other refusal or error. */
    OTHER;

    private static final Pattern AD_DATA = Pattern.compile("data ([0-9a-fA-F]{3})"); //$NON-NLS-1$

    public static DirectoryAnswer of(NamingException e) {
        if (e instanceof AuthenticationException) {
            return activeDirectoryData(e.getMessage()).map(DirectoryAnswer::ofActiveDirectoryData).orElse(WRONG_CREDENTIALS);
        }
        if (e instanceof OperationNotSupportedException && String.valueOf(e.getMessage()).contains("error code 53")) { //$NON-NLS-1$
            return WRONG_CREDENTIALS; // unwilling to perform: an unauthenticated bind refused
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() != null ? cause.getCause() : rootCause(cause)) {
            if (cause instanceof SSLException || cause instanceof GeneralSecurityException) {
                return TLS_FAILED;
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
        }
        return e instanceof CommunicationException || e instanceof ServiceUnavailableException
                || String.valueOf(e.getMessage()).contains("timed out") ? UNREACHABLE : OTHER; //$NON-NLS-1$
    }

    /** Active Directory's sub-code of an error 49, as in {@code AcceptSecurityContext error, data 52e, v4563}. */
    static Optional<String> activeDirectoryData(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = AD_DATA.matcher(message);
        return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    static DirectoryAnswer ofActiveDirectoryData(String data) {
        return switch (data) {
        case "533", "701" -> DISABLED; //$NON-NLS-1$ //$NON-NLS-2$
        case "775" -> LOCKED; //$NON-NLS-1$
        case "532", "773" -> PASSWORD_EXPIRED; //$NON-NLS-1$ //$NON-NLS-2$
        default -> WRONG_CREDENTIALS; // 525 no such user, 52e wrong password, 530/531 not now or not here
        };
    }

    private static Throwable rootCause(Throwable t) {
        return t instanceof NamingException n && n.getRootCause() != t ? n.getRootCause() : null;
    }

    /** The deepest message of {@code e}, for what an administrator reads. */
    static String reason(Throwable e) {
        Throwable deepest = e;
        for (Throwable next = e; next != null; next = next.getCause() != null ? next.getCause() : rootCause(next)) {
            deepest = next;
        }
        String message = deepest.getMessage();
        return message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message;
    }
}
