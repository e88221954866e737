package org.castellan.test.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenLDAP server for a test class ({@code @RegisterExtension static final Slapd SLAPD = new
 * Slapd();}): a generated {@code slapd.conf} and mdb database in a temporary folder, a CA and a
 * server certificate for 127.0.0.1 made at test time with the JDK's {@code keytool}, the entries of
 * {@link #LDIF} loaded with {@code slapadd}, and {@code slapd} started as a process listening on two
 * free loopback ports: {@code ldap://} (StartTLS offered) and {@code ldaps://}. Stopped and deleted
 * after the class. Needs the Debian packages {@code slapd} and {@code ldap-utils} ({@code test.sh}
 * installs them).
 */
public final class Slapd implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String BASE_DN = "dc=example,dc=com"; //$NON-NLS-1$
    public static final String PEOPLE_DN = "ou=people," + BASE_DN; //$NON-NLS-1$
    public static final String SERVICE_DN = "cn=castellan,ou=services," + BASE_DN; //$NON-NLS-1$
    public static final String SERVICE_PASSWORD = "Service-2026x"; //$NON-NLS-1$
    /** The directory's own administrator (slapd's rootdn), who changes entries in tests: {@link #modify}. */
    public static final String ADMIN_DN = "cn=admin," + BASE_DN; //$NON-NLS-1$
    public static final String ADMIN_PASSWORD = "Admin-2026x"; //$NON-NLS-1$
    public static final String GROUPS_DN = "ou=groups," + BASE_DN; //$NON-NLS-1$
    /** A groupOfNames whose members are paul and one of the twins (a groupOfNames keeps at least one member). */
    public static final String PHARMACISTS_DN = "cn=pharmacists," + GROUPS_DN; //$NON-NLS-1$
    /** A groupOfNames whose member is anna. */
    public static final String MANAGERS_DN = "cn=managers," + GROUPS_DN; //$NON-NLS-1$
    /** The password of every person of {@link #LDIF}. */
    public static final String USER_PASSWORD = "Domain-2026x"; //$NON-NLS-1$

    /**
     * The directory: an organisation, its people (paul, anna, and two entries sharing {@code uid=twin}),
     * the service account, and two groups (pharmacists: paul and twin one; managers: anna).
     */
    public static final String LDIF = """
            dn: dc=example,dc=com
            objectClass: dcObject
            objectClass: organization
            o: Example
            dc: example

            dn: ou=people,dc=example,dc=com
            objectClass: organizationalUnit
            ou: people

            dn: ou=services,dc=example,dc=com
            objectClass: organizationalUnit
            ou: services

            dn: cn=castellan,ou=services,dc=example,dc=com
            objectClass: person
            cn: castellan
            sn: service
            userPassword: %2$s

            dn: uid=paul,ou=people,dc=example,dc=com
            objectClass: inetOrgPerson
            uid: paul
            cn: Paul Nowak
            sn: Nowak
            mail: paul.nowak@example.com
            userPassword: %1$s

            dn: uid=anna,ou=people,dc=example,dc=com
            objectClass: inetOrgPerson
            uid: anna
            cn: Anna Kowalska
            sn: Kowalska
            employeeType: contractor
            userPassword: %1$s

            dn: cn=twin one,ou=people,dc=example,dc=com
            objectClass: inetOrgPerson
            uid: twin
            cn: twin one
            sn: one
            userPassword: %1$s

            dn: cn=twin two,ou=people,dc=example,dc=com
            objectClass: inetOrgPerson
            uid: twin
            cn: twin two
            sn: two
            userPassword: %1$s

            dn: ou=groups,dc=example,dc=com
            objectClass: organizationalUnit
            ou: groups

            dn: cn=pharmacists,ou=groups,dc=example,dc=com
            objectClass: groupOfNames
            cn: pharmacists
            member: uid=paul,ou=people,dc=example,dc=com
            member: cn=twin one,ou=people,dc=example,dc=com

            dn: cn=managers,ou=groups,dc=example,dc=com
            objectClass: groupOfNames
            cn: managers
            member: uid=anna,ou=people,dc=example,dc=com
            """.formatted(USER_PASSWORD, SERVICE_PASSWORD);

    private static final String SLAPD = "/usr/sbin/slapd"; //$NON-NLS-1$
    private static final String SLAPADD = "/usr/sbin/slapadd"; //$NON-NLS-1$
    private static final String STORE_PASSWORD = "changeit"; //$NON-NLS-1$
    private static final String LDAPMODIFY = "/usr/bin/ldapmodify"; //$NON-NLS-1$

    private final String moreLdif;
    private final boolean passwordPolicy;

    private Path folder;
    private Process process;
    private int ldapPort;
    private int ldapsPort;
    private String caPem;
    private String otherCaPem;

    /** The directory of {@link #LDIF}. */
    public Slapd() {
        this(""); //$NON-NLS-1$
    }

    /** The directory of {@link #LDIF} and {@code moreLdif} (entries under it, loaded before slapd starts: fast for many). */
    public Slapd(String moreLdif) {
        this(moreLdif, false);
    }

    private Slapd(String moreLdif, boolean passwordPolicy) {
        this.moreLdif = moreLdif;
        this.passwordPolicy = passwordPolicy;
    }

    /** Logins of {@link #withPasswordPolicy()}'s people, each in the state its name says; their password is {@link #USER_PASSWORD}. */
    public static final String LOCKED = "locked", EXPIRED = "expired", GRACED = "graced", EXPIRING = "expiring", RESET = "reset"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** Logins {@link #GRACED} may still make with his expired password, before the first. */
    public static final int GRACE_LOGINS = 3;

    /**
     * The directory of {@link #LDIF} with OpenLDAP's password policy overlay (ppolicy): a default
     * policy (passwords good for 30 days, a warning in the last 7, locked after 3 wrong passwords,
     * changed after a reset) and a second one with {@link #GRACE_LOGINS} grace logins, and people
     * in each state: {@link #LOCKED} (locked by an administrator), {@link #EXPIRED} (no grace left),
     * {@link #GRACED}, {@link #EXPIRING} (in 2 days) and {@link #RESET} (must change it first). The
     * times are the real clock's: slapd reads its own.
     */
    public static Slapd withPasswordPolicy() {
        java.time.format.DateTimeFormatter generalized = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'") //$NON-NLS-1$
                .withZone(java.time.ZoneOffset.UTC);
        String longAgo = generalized.format(Instant.now().minus(Duration.ofDays(400)));
        String almost = generalized.format(Instant.now().minus(Duration.ofDays(28)));
        String policies = """
                dn: ou=policies,dc=example,dc=com
                objectClass: organizationalUnit
                ou: policies

                dn: cn=default,ou=policies,dc=example,dc=com
                objectClass: device
                objectClass: pwdPolicy
                cn: default
                pwdAttribute: userPassword
                pwdMaxAge: 2592000
                pwdExpireWarning: 604800
                pwdLockout: TRUE
                pwdMaxFailure: 3
                pwdMustChange: TRUE

                dn: cn=graced,ou=policies,dc=example,dc=com
                objectClass: device
                objectClass: pwdPolicy
                cn: graced
                pwdAttribute: userPassword
                pwdMaxAge: 2592000
                pwdGraceAuthNLimit: %3$d

                """.formatted(longAgo, almost, GRACE_LOGINS);
        StringBuilder people = new StringBuilder(policies);
        for (String[] person : new String[][] { { LOCKED, "pwdAccountLockedTime: 000001010000Z" }, //$NON-NLS-1$
                { EXPIRED, "pwdChangedTime: " + longAgo }, //$NON-NLS-1$
                { GRACED, "pwdChangedTime: " + longAgo + "\npwdPolicySubentry: cn=graced,ou=policies,dc=example,dc=com" }, //$NON-NLS-1$ //$NON-NLS-2$
                { EXPIRING, "pwdChangedTime: " + almost }, //$NON-NLS-1$
                { RESET, "pwdReset: TRUE" } }) { //$NON-NLS-1$
            people.append("dn: uid=").append(person[0]).append(",ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(person[0]).append("\ncn: ").append(person[0]).append(" person\nsn: ").append(person[0]) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\nuserPassword: ").append(USER_PASSWORD).append('\n').append(person[1]).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Slapd(people.toString(), true);
    }

    /** Starts it outside JUnit (a benchmark); {@link #close()} stops and deletes it. */
    public void open() throws Exception {
        beforeAll(null);
    }

    @Override
    public void close() throws Exception {
        afterAll(null);
    }

    /** Changes entries as the directory's administrator would, with {@code ldapmodify} (LDIF change records). */
    public void modify(String changes) throws IOException, InterruptedException {
        Path file = Files.createTempFile(folder, "change-", ".ldif"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(file, changes);
        run(List.of(LDAPMODIFY, "-x", "-H", ldapUrl(), "-D", ADMIN_DN, "-w", ADMIN_PASSWORD, "-f", file.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(Path.of(SLAPD)) || !Files.isExecutable(Path.of(SLAPADD))) {
            throw new IllegalStateException("slapd is not installed: apt-get install slapd ldap-utils (test.sh does)"); //$NON-NLS-1$
        }
        folder = Files.createTempDirectory("castellan-slapd-"); //$NON-NLS-1$
        Files.createDirectories(folder.resolve("data")); //$NON-NLS-1$
        makeCertificates();
        Path conf = folder.resolve("slapd.conf"); //$NON-NLS-1$
        Files.writeString(conf, configuration());
        Path ldif = folder.resolve("directory.ldif"); //$NON-NLS-1$
        Files.writeString(ldif, LDIF + (moreLdif.isEmpty() ? "" : "\n" + moreLdif)); //$NON-NLS-1$ //$NON-NLS-2$
        run(List.of(SLAPADD, "-f", conf.toString(), "-l", ldif.toString())); //$NON-NLS-1$ //$NON-NLS-2$
        ldapPort = freePort();
        ldapsPort = freePort();
        start();
    }

    /** Starts slapd (again, after {@link #stop()}) on the same ports and waits until both accept connections. */
    public void start() throws IOException, InterruptedException {
        String listen = "ldap://127.0.0.1:" + ldapPort + "/ ldaps://127.0.0.1:" + ldapsPort + "/"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // -d keeps slapd in the foreground, a child of this process that stop() ends
        process = new ProcessBuilder(SLAPD, "-f", folder.resolve("slapd.conf").toString(), "-h", listen, "-d", "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .redirectErrorStream(true).redirectOutput(folder.resolve("slapd.log").toFile()).start(); //$NON-NLS-1$
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!(accepts(ldapPort) && accepts(ldapsPort))) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("slapd did not start: " + Files.readString(folder.resolve("slapd.log"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Thread.sleep(50); // a process starting, not time passing for the code under test
        }
    }

    /** Stops slapd; its ports then refuse connections. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        if (folder != null) {
            TempFolders.deleteTree(folder);
        }
    }

    public String ldapUrl() {
        return "ldap://127.0.0.1:" + ldapPort; //$NON-NLS-1$
    }

    public String ldapsUrl() {
        return "ldaps://127.0.0.1:" + ldapsPort; //$NON-NLS-1$
    }

    /** The PEM certificate of the authority that signed the server's. */
    public String caCertificate() {
        return caPem;
    }

    /** The PEM certificate of an authority that signed nothing of this server's: TLS must fail with it. */
    public String otherCaCertificate() {
        return otherCaPem;
    }

    /** A loopback port nothing listens on, for an unreachable server. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String configuration() {
        String dir = folder.toString();
        return """
                include /etc/ldap/schema/core.schema
                include /etc/ldap/schema/cosine.schema
                include /etc/ldap/schema/inetorgperson.schema
                modulepath /usr/lib/ldap
                moduleload back_mdb
                %4$s
                pidfile %1$s/slapd.pid
                argsfile %1$s/slapd.args
                TLSCACertificateFile %1$s/ca.pem
                TLSCertificateFile %1$s/server.pem
                TLSCertificateKeyFile %1$s/server.key
                disallow bind_anon
                sizelimit unlimited
                database mdb
                maxsize 1073741824
                suffix "%2$s"
                rootdn "cn=admin,%2$s"
                rootpw %3$s
                directory %1$s/data
                index objectClass,uid,cn,member,uniqueMember eq
                access to attrs=userPassword by self =xw by anonymous auth by * none
                access to * by users read by * none
                """.formatted(dir, BASE_DN, ADMIN_PASSWORD, passwordPolicy ? "moduleload ppolicy" : "") + (passwordPolicy ? """
                        overlay ppolicy
                        ppolicy_default "cn=default,ou=policies,%1$s"
                        ppolicy_use_lockout
                        """.formatted(BASE_DN) : ""); //$NON-NLS-1$
    }

    /** A CA, a server certificate it signs for 127.0.0.1 and localhost, and a second CA that signs nothing. */
    private void makeCertificates() throws Exception {
        Path ca = folder.resolve("ca.p12"); //$NON-NLS-1$
        Path server = folder.resolve("server.p12"); //$NON-NLS-1$
        Path other = folder.resolve("other.p12"); //$NON-NLS-1$
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Castellan Test CA", "-ext", "bc:c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "-validity", "2", "-keystore", ca.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Another CA", "-ext", "bc:c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "-validity", "2", "-keystore", other.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-validity", "2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "-keystore", server.toString()); //$NON-NLS-1$
        Path request = folder.resolve("server.csr"); //$NON-NLS-1$
        keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-file", request.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(), "-outfile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                folder.resolve("server.pem").toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "eku=serverAuth"); //$NON-NLS-1$
        keytool("-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-rfc", "-file", folder.resolve("ca.pem").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        keytool("-exportcert", "-alias", "ca", "-keystore", other.toString(), "-rfc", "-file", folder.resolve("other.pem").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        KeyStore keys = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        try (var in = Files.newInputStream(server)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) keys.getKey("server", STORE_PASSWORD.toCharArray()); //$NON-NLS-1$
        Path keyFile = folder.resolve("server.key"); //$NON-NLS-1$
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n" //$NON-NLS-1$
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded()) //$NON-NLS-1$
                + "\n-----END PRIVATE KEY-----\n"); //$NON-NLS-1$
        caPem = Files.readString(folder.resolve("ca.pem")); //$NON-NLS-1$
        otherCaPem = Files.readString(folder.resolve("other.pem")); //$NON-NLS-1$
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-noprompt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200); //$NON-NLS-1$
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
