package org.castellan.backup.internal;

import org.eclipse.core.runtime.ILog;

/**
 * The backup's log: the Eclipse log ({@code .metadata/.log}) inside OSGi; the platform's
 * {@link System.Logger} when the core runs in a plain JVM (the benchmark), where {@link ILog}
 * has no bundle to log for.
 */
public final class Log {

    private Log() {
    }

    public static void info(Class<?> origin, String message) {
        log(origin, System.Logger.Level.INFO, message, null);
    }

    public static void warn(Class<?> origin, String message, Throwable cause) {
        log(origin, System.Logger.Level.WARNING, message, cause);
    }

    public static void error(Class<?> origin, String message, Throwable cause) {
        log(origin, System.Logger.Level.ERROR, message, cause);
    }

    private static void log(Class<?> origin, System.Logger.Level level, String message, Throwable cause) {
        ILog log;
        try {
            log = ILog.of(origin);
        } catch (IllegalArgumentException | IllegalStateException | NoClassDefFoundError outsideOsgi) {
            System.getLogger(origin.getName()).log(level, message, cause);
            return;
        }
        switch (level) {
            case ERROR -> log.error(message, cause);
            case WARNING -> log.warn(message, cause);
            default -> log.info(message);
        }
    }
}
