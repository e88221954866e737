package org.castellan.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JVM-wide Derby settings, made before the engine first boots: Derby's log goes to the
 * installation's {@code logs/derby.log}, never to the current directory; enough compiled
 * statements kept for the reads of part of the model.
 */
final class DerbyEngine {

    private static final String ERROR_FILE = "derby.stream.error.file"; //$NON-NLS-1$
    private static final String STATEMENT_CACHE = "derby.language.statementCacheSize"; //$NON-NLS-1$

    private DerbyEngine() {
    }

    static synchronized void configure(Path derbyLog) {
        if (System.getProperty(ERROR_FILE) == null) {
            try {
                Files.createDirectories(derbyLog.getParent());
            } catch (IOException e) {
                // the folder check before this one proved the folder writable; Derby reports what remains
            }
            System.setProperty(ERROR_FILE, derbyLog.toString());
        }
        if (System.getProperty("derby.infolog.append") == null) { //$NON-NLS-1$
            System.setProperty("derby.infolog.append", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // Reads of part of the model use a statement per table, key column and IN-list length: with
        // Derby's 100 compiled statements they would be compiled again at every change.
        if (System.getProperty(STATEMENT_CACHE) == null) {
            System.setProperty(STATEMENT_CACHE, "1000"); //$NON-NLS-1$
        }
    }
}
