package org.castellan.directory.internal;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * What JNDI's {@code java.naming.ldap.factory.socket} names for {@code ldaps://} URLs: JNDI takes a
 * class name and calls its static {@code getDefault()}, so the factory trusting the settings'
 * authorities is handed over through the connecting thread.
 */
public final class LdapsSocketFactory {

    private static final ThreadLocal<SSLSocketFactory> CURRENT = new ThreadLocal<>();

    private LdapsSocketFactory() {
    }

    /** Called by JNDI on the thread that opens the connection. */
    public static SocketFactory getDefault() {
        SSLSocketFactory factory = CURRENT.get();
        return factory != null ? factory : SSLSocketFactory.getDefault();
    }

    static void set(SSLSocketFactory factory) {
        CURRENT.set(factory);
    }

    static void clear() {
        CURRENT.remove();
    }
}
