package org.castellan.sessions.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionKeeper;
import org.castellan.sessions.Workstation;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseCredentials;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;

/**
 * Main class of another workstation, run in its own JVM by the tests: connects to the shared
 * installation's network server ({@code HOST PORT DATABASE WORKSTATION SEAL_KEY_FILE}; the database user and
 * password on the first two lines of standard input, never as arguments) and obeys one command a
 * line:
 * <ul>
 * <li>{@code open LOGIN COMPANY|-}: prints {@code OPENED} and heartbeats, or {@code REFUSED BY AUTHOR};</li>
 * <li>{@code ban LOGIN COMPANY MINUTES MESSAGE}: prints {@code BANNED} or {@code ERROR};</li>
 * <li>{@code list}: prints {@code SESSIONS login@workstation,...} (sorted, stale ones left out);</li>
 * <li>{@code quit}: closes its session cleanly and prints {@code BYE}.</li>
 * </ul>
 */
public final class WorkstationProcess {

    private WorkstationProcess() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        DatabaseCredentials credentials = new DatabaseCredentials(in.readLine(), in.readLine());
        Workstation workstation = new Workstation(args[3], "127.0.0.1", System.getProperty("user.name"), "WorkstationProcess", "1");
        try (CastellanStore store = CastellanStore.connect(new ServerAddress(args[0], Integer.parseInt(args[1]), args[2]), credentials,
                Path.of(args[4]))) {
            SessionRegistryImpl registry = new SessionRegistryImpl(store, new AccessControlImpl(store, Clock.systemUTC()),
                    Clock.systemDefaultZone(), DatabaseTime.CURRENT_TIMESTAMP, null);
            SessionKeeper keeper = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.split(" ", 5);
                switch (words[0]) {
                    case "open" -> {
                        SessionKeeper opened = open(registry, store, workstation, words[1], words[2]);
                        keeper = opened == null ? keeper : opened;
                    }
                    case "ban" -> ban(registry, store, words);
                    case "list" -> say("SESSIONS " + registry.sessions(Optional.empty()).stream().filter(s -> !s.stale())
                            .map(s -> s.login() + "@" + s.workstation().name()).sorted().collect(Collectors.joining(",")));
                    case "quit" -> {
                        if (keeper != null) {
                            keeper.close();
                        }
                        say("BYE");
                        return;
                    }
                    default -> say("ERROR unknown command " + words[0]);
                }
            }
        }
    }

    private static SessionKeeper open(SessionRegistryImpl registry, CastellanStore store, Workstation workstation, String login, String company)
            throws StoreException, SessionException {
        try {
            SessionInfo session = registry.open(user(store, login), company.equals("-") ? null : company, workstation, false);
            SessionKeeper keeper = SessionKeeper.start(registry, session, heartbeat -> {
                // the test reads the heartbeats from the database
            });
            say("OPENED");
            return keeper;
        } catch (LoginRefusedException e) {
            say("REFUSED BY " + e.ban().authorLogin());
            return null;
        }
    }

    private static void ban(SessionRegistryImpl registry, CastellanStore store, String[] words) throws StoreException {
        try {
            Instant now = registry.databaseTime();
            registry.block(user(store, words[1]), new BanRequest(words[2], now, now.plus(Duration.ofMinutes(Long.parseLong(words[3]))), words[4]));
            say("BANNED");
        } catch (SessionException e) {
            say("ERROR " + e.getMessage());
        }
    }

    private static AuthenticatedUser user(CastellanStore store, String login) throws StoreException {
        return store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, login, display_name, authorization_level FROM users WHERE login = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new AuthenticatedUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                }
            }
        });
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
