package org.castellan.audit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Where journal rows are written from: this computer, its address, the system user, Castellan's version. */
public record Workstation(String name, String ipAddress, String osUser, String programVersion) {

    /** This JVM's workstation; the name and address the system gives, or "unknown". */
    public static Workstation current(String programVersion) {
        String name = "unknown"; //$NON-NLS-1$
        String address = "unknown"; //$NON-NLS-1$
        try {
            InetAddress local = InetAddress.getLocalHost();
            name = local.getHostName();
            address = local.getHostAddress();
        } catch (UnknownHostException e) {
            // a workstation without a resolvable name still journals, as "unknown"
        }
        return new Workstation(name, address, System.getProperty("user.name"), programVersion); //$NON-NLS-1$
    }
}
