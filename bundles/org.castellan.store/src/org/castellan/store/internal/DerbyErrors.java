package org.castellan.store.internal;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.osgi.util.NLS;

/** Turns Derby's SQLStates into messages a person can act on. */
final class DerbyErrors {

    private DerbyErrors() {
    }

    /** SQLStates found anywhere in an exception's chain (next exceptions and causes). */
    static Set<String> states(Throwable error) {
        Set<String> states = new LinkedHashSet<>();
        collect(error, states, 0);
        return states;
    }

    private static void collect(Throwable error, Set<String> states, int depth) {
        if (error == null || depth > 20) {
            return;
        }
        if (error instanceof SQLException sql) {
            if (sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
            if (sql.getNextException() != sql.getCause()) {
                collect(sql.getNextException(), states, depth + 1);
            }
        }
        collect(error.getCause(), states, depth + 1);
    }

    /** The deepest message, which is usually the one that names the real problem. */
    static String rootMessage(Throwable error) {
        Throwable t = error;
        String message = String.valueOf(error.getMessage());
        for (int i = 0; t != null && i < 20; i++) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            t = t.getCause() != null ? t.getCause() : t instanceof SQLException s ? s.getNextException() : null;
        }
        // Messages put it inside sentences of their own.
        return message.strip().replaceAll("\\.+$", ""); //$NON-NLS-1$ //$NON-NLS-2$

    }

    /** Explains a failure to boot or reach a database. */
    static StoreException onOpen(SQLException e, String where) {
        Set<String> states = states(e);
        if (states.contains("XSDB6")) { //$NON-NLS-1$
            return new StoreException(Problem.IN_USE, NLS.bind(Messages.inUseByOtherProgram, where), e);
        }
        if (states.contains("XBM06") || states.contains("XBCXK")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new StoreException(Problem.BOOT_PASSWORD, NLS.bind(Messages.passphraseWrong, where), e);
        }
        if (states.contains("XBM0L") || states.contains("XJ004")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new StoreException(Problem.DATABASE_MISSING, NLS.bind(Messages.databaseMissing, where, rootMessage(e)), e);
        }
        if (states.contains("08004")) { //$NON-NLS-1$
            return new StoreException(Problem.AUTHENTICATION, NLS.bind(Messages.credentialsRefused, where), e);
        }
        if (states.contains("08001") || states.contains("08006")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new StoreException(Problem.SERVER_UNREACHABLE, NLS.bind(Messages.serverUnreachable, where, rootMessage(e)), e);
        }
        return new StoreException(Problem.DAMAGED, NLS.bind(Messages.damaged, where, rootMessage(e)), e);
    }

    /** Explains a failure while reading or writing an open database. */
    static StoreException onUse(SQLException e, String where) {
        Set<String> states = states(e);
        if (states.contains("08001") || states.contains("08006") || states.contains("08003")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return new StoreException(Problem.SERVER_UNREACHABLE, NLS.bind(Messages.serverUnreachable, where, rootMessage(e)), e);
        }
        return new StoreException(Problem.DATABASE_ERROR, NLS.bind(Messages.databaseError, where, rootMessage(e)), e);
    }

    static boolean isDuplicateKey(SQLException e) {
        return states(e).contains("23505"); //$NON-NLS-1$
    }
}
