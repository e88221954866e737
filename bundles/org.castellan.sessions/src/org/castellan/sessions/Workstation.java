package org.castellan.sessions;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a session runs: the workstation's name and address, the operating-system user, and the
 * program with its version (Castellan's workbench, or a host application opening its own sessions).
 *
 * @since 0.1
 */
public record Workstation(String name, String ipAddress, String osUser, String program, String programVersion) {

    /** Longest values the {@code sessions} table holds; longer ones are cut, never refused. */
    private static final int NAME_LENGTH = 255;
    private static final int ADDRESS_LENGTH = 64;
    private static final int USER_LENGTH = 120;
    private static final int PROGRAM_LENGTH = 120;
    private static final int VERSION_LENGTH = 60;

    public Workstation {
        Objects.requireNonNull(name);
        Objects.requireNonNull(program);
        name = cut(name.strip(), NAME_LENGTH);
        ipAddress = ipAddress == null ? null : cut(ipAddress, ADDRESS_LENGTH);
        osUser = osUser == null ? null : cut(osUser, USER_LENGTH);
        program = cut(program, PROGRAM_LENGTH);
        programVersion = programVersion == null ? null : cut(programVersion, VERSION_LENGTH);
    }

    /** This machine as the operating system names it, with the program that runs the session. */
    public static Workstation local(String program, String programVersion) {
        String name;
        String address;
        try {
            InetAddress local = InetAddress.getLocalHost();
            name = local.getHostName();
            address = local.getHostAddress();
        } catch (UnknownHostException e) {
            name = System.getenv().getOrDefault("HOSTNAME", "localhost"); //$NON-NLS-1$ //$NON-NLS-2$
            address = null;
        }
        return new Workstation(name, address, System.getProperty("user.name"), program, programVersion); //$NON-NLS-1$
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
