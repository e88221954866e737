package org.castellan.sessions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.castellan.model.SessionPolicy;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.ExclusiveProcessingRefusedException;
import org.castellan.sessions.Heartbeat;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.LogoutRequest;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.TokenSession;
import org.castellan.sessions.Workstation;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * {@link SessionRegistry} on the installation's {@code sessions} and {@code bans} tables. Every
 * operation is one transaction; events are posted once it committed.
 */
@Component(service = SessionRegistry.class)
public final class SessionRegistryImpl implements SessionRegistry {

    /** Longest ban or log-out message the tables hold. */
    static final int MESSAGE_LENGTH = 500;

    /** A workstation clock further than this from the database's is called off in messages. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private final CastellanStore store;
    private final AccessControl access;
    private final Clock clock;
    private final DatabaseTime time;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the database's clock is the reference, this workstation's zone formats times. */
    @Activate
    public SessionRegistryImpl(@Reference CastellanStore store, @Reference AccessControl access) {
        this(store, access, Clock.systemDefaultZone(), DatabaseTime.CURRENT_TIMESTAMP, null);
    }

    /**
     * For headless programs and tests.
     *
     * @param clock  this workstation's clock (its zone formats the times of messages; its offset from
     *               {@code time} is recorded and reported)
     * @param time   the reference time, the database's in production
     * @param events where events go; null for none
     */
    public SessionRegistryImpl(CastellanStore store, AccessControl access, Clock clock, DatabaseTime time, EventAdmin events) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
        this.time = Objects.requireNonNull(time);
        this.events = events;
    }

    @Override
    public SessionSettings settings() throws SessionException {
        return inStore(SettingsReader::read);
    }

    @Override
    public Instant databaseTime() throws SessionException {
        return inStore(time::now);
    }

    @Override
    public List<String> companies() throws SessionException {
        return inStore(tx -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT code FROM companies WHERE NOT archived ORDER BY position, code"); //$NON-NLS-1$
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    public SessionInfo open(AuthenticatedUser user, String company, Workstation workstation, boolean forceBan) throws SessionException {
        Objects.requireNonNull(user);
        Objects.requireNonNull(workstation);
        String typed = company == null || company.isBlank() ? null : company.strip();
        Instant local = clock.instant();
        List<Event> refusals = new ArrayList<>();
        try {
            return inStore(tx -> {
                KnownCompany known = typed == null ? null : KnownCompany.find(tx, typed);
                String code = known == null ? null : known.code();
                if (known != null && known.archived()) {
                    throw new SessionException(NLS.bind(Messages.companyArchived, code));
                }
                if (code != null && !access.mayWorkIn(user.id(), code)) {
                    throw new SessionException(NLS.bind(Messages.companyNotAllowed, user.login(), code));
                }
                Instant now = time.now(tx);
                Optional<Ban> ban = BanTable.refusing(tx, code, now);
                boolean mayOverride = ban.isPresent() && maySetBans(user) && administers(user, ban.get().company());
                if (ban.isPresent() && !(forceBan && mayOverride)) {
                    refusals.add(event(TOPIC_LOGIN_REFUSED, "login", user.login(), "company", code, "banId", ban.get().id(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            "reason", ban.get().describe())); //$NON-NLS-1$
                    throw new LoginRefusedException(refusal(ban.get()), ban.get(), mayOverride);
                }
                SessionInfo session = new SessionInfo(UUID.randomUUID().toString(), user.id(), user.login(), user.shownName(),
                        Optional.ofNullable(code), workstation, now, now, Optional.empty(), Duration.between(now, local), ban.isPresent());
                SessionTable.insert(tx, session, ban.map(Ban::id).orElse(null));
                if (ban.isPresent()) {
                    publish(tx, banEvent(TOPIC_BAN_FORCED, ban.get(), user, ban.get().describe(), ban.get().describe()));
                }
                publish(tx, sessionEvent(TOPIC_OPENED, session, null, "reason", null)); //$NON-NLS-1$
                return session;
            });
        } catch (LoginRefusedException e) {
            // the refused login rolled back; its journal row gets a transaction of its own
            inStore(tx -> {
                for (Event refused : refusals) {
                    publish(tx, refused);
                }
                return null;
            });
            throw e;
        }
    }

    @Override
    public Heartbeat heartbeat(String sessionId, boolean userActive) throws SessionException {
        List<Event> posted = new ArrayList<>();
        Heartbeat result = inStore(tx -> {
            Instant now = time.now(tx);
            SessionSettings settings = SettingsReader.read(tx);
            Optional<SessionTable.Row> found = SessionTable.find(tx, sessionId);
            if (found.isEmpty()) {
                return new Heartbeat(false, Optional.of(Messages.sessionGone), Optional.empty(), settings);
            }
            SessionTable.Row row = found.get();
            Instant lastActivity = userActive ? now : row.lastActivity();
            String ended = null;
            if (!settings.absoluteTimeout().isZero() && !now.isBefore(row.info().startedAt().plus(settings.absoluteTimeout()))) {
                ended = NLS.bind(Messages.sessionEndedAbsolute, settings.absoluteTimeout().toMinutes());
            } else if (!settings.idleTimeout().isZero() && !now.isBefore(lastActivity.plus(settings.idleTimeout()))) {
                ended = NLS.bind(Messages.sessionEndedIdle, settings.idleTimeout().toMinutes());
            }
            if (ended != null) {
                SessionTable.delete(tx, sessionId);
                publish(tx, sessionEvent(TOPIC_CLOSED, row.info(), row.info().describe(), "reason", ended)); //$NON-NLS-1$
                posted.add(endRequested(row.info(), ended));
                return new Heartbeat(false, Optional.of(ended), Optional.empty(), settings);
            }
            // Only its own row: sweeping others here would lock rows other heartbeats hold (deadlocks
            // under load); staleness is marked when someone reads the list or checks exclusivity.
            SessionTable.beat(tx, sessionId, now, lastActivity);
            return new Heartbeat(true, Optional.empty(), row.logoutRequest(), settings);
        });
        posted.forEach(this::post);
        return result;
    }

    @Override
    public void close(String sessionId, String reason) throws SessionException {
        inStore(tx -> {
            Optional<SessionTable.Row> row = SessionTable.find(tx, sessionId);
            if (row.isPresent()) {
                SessionTable.delete(tx, sessionId);
                publish(tx, sessionEvent(TOPIC_CLOSED, row.get().info(), row.get().info().describe(), "reason", reason)); //$NON-NLS-1$
            }
            return row.map(SessionTable.Row::info);
        });
    }

    @Override
    public void bindToken(String sessionId, String tokenHash) throws SessionException {
        inStore(tx -> {
            if (!SessionTable.bindToken(tx, sessionId, tokenHash)) {
                throw new SessionException(NLS.bind(Messages.sessionNotOpen, sessionId));
            }
            return null;
        });
    }

    @Override
    public Optional<TokenSession> sessionOfToken(String tokenHash) throws SessionException {
        return inStore(tx -> {
            Instant now = time.now(tx);
            return SessionTable.byToken(tx, tokenHash, now, now.minus(SettingsReader.read(tx).staleAfter()));
        });
    }

    @Override
    public boolean transactionClosed(String sessionId) throws SessionException {
        Optional<SessionInfo> ended = inStore(tx -> {
            Optional<SessionTable.Row> row = SessionTable.find(tx, sessionId);
            if (row.isEmpty() || !SessionPolicy.ONE_TRANSACTION.getName().equals(policyOf(tx, row.get().info().userId()))) {
                return Optional.empty();
            }
            SessionTable.delete(tx, sessionId);
            publish(tx, sessionEvent(TOPIC_CLOSED, row.get().info(), row.get().info().describe(), "reason", Messages.oneTransaction)); //$NON-NLS-1$
            return Optional.of(row.get().info());
        });
        ended.ifPresent(s -> post(endRequested(s, Messages.oneTransaction)));
        return ended.isPresent();
    }

    private static String policyOf(Transaction tx, String userId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT session_policy FROM users WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public List<SessionInfo> sessions(Optional<String> company) throws SessionException {
        return swept(tx -> SessionTable.list(tx, company));
    }

    @Override
    public List<SessionInfo> sessions(AuthenticatedUser actor, Optional<String> company) throws SessionException {
        requireMaySee(actor);
        Objects.requireNonNull(company);
        return swept(tx -> {
            Optional<String> code = company.map(String::strip).filter(c -> !c.isEmpty());
            if (code.isPresent()) {
                code = Optional.of(KnownCompany.find(tx, code.get()).code());
                requireAdministers(actor, code.get());
            }
            return SessionTable.list(tx, code).stream().filter(s -> administers(actor, s.company().orElse(null))).toList();
        });
    }

    /** Sessions read after marking stale those that missed their heartbeats; the journal is told of each once the read committed. */
    private List<SessionInfo> swept(Work<List<SessionInfo>> read) throws SessionException {
        List<Event> posted = new ArrayList<>();
        List<SessionInfo> result = inStore(tx -> {
            sweep(tx, time.now(tx), SettingsReader.read(tx), posted);
            return read.run(tx);
        });
        posted.forEach(this::post);
        return result;
    }

    @Override
    public void checkExclusive(String sessionId, String company) throws SessionException {
        Objects.requireNonNull(company);
        List<SessionInfo> others = sessions(Optional.of(company)).stream().filter(s -> !s.id().equals(sessionId) && !s.stale()).toList();
        if (!others.isEmpty()) {
            String names = others.stream().map(s -> s.login() + " (" + s.workstation().name() + ")").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new ExclusiveProcessingRefusedException(NLS.bind(Messages.exclusiveRefused, new Object[] { others.size(), company, names }),
                    others);
        }
    }

    @Override
    public List<Ban> bans() throws SessionException {
        return inStore(tx -> BanTable.current(tx, time.now(tx)));
    }

    @Override
    public List<Ban> bans(AuthenticatedUser actor) throws SessionException {
        requireMaySee(actor);
        return bans().stream().filter(b -> b.allCompanies() || administers(actor, b.company())).toList();
    }

    @Override
    public int purgeExpired() throws SessionException {
        return inStore(tx -> BanTable.deleteEnded(tx, time.now(tx)));
    }

    @Override
    public BanRequest defaultBan(String company, ZoneId zone) throws SessionException {
        Instant now = databaseTime();
        ZonedDateTime start = now.atZone(zone);
        ZonedDateTime end = start.with(LocalTime.of(DEFAULT_BAN_END_HOUR, 0));
        if (!end.isAfter(start)) {
            end = end.plusDays(1);
        }
        return new BanRequest(company, now, end.toInstant(), ""); //$NON-NLS-1$
    }

    @Override
    public boolean maySetBans(AuthenticatedUser user) {
        if (user == null || AccountService.GUEST_LOGIN.equals(user.login())) {
            return false; // the guest logs in without a password: never a security administrator
        }
        return access.hasRight(user.id(), BLOCK_RIGHT) || access.hasRight(user.id(), AccountService.ADMINISTER_RIGHT);
    }

    /**
     * Whether the user's administration reaches a company ({@link Ban#ALL_COMPANIES}, or null for
     * an installation-wide session: all of them at once).
     */
    private boolean administers(AuthenticatedUser user, String company) {
        return access.administersCompany(user.id(), Ban.ALL_COMPANIES.equals(company) ? null : company);
    }

    /** A security administrator limited to some companies bans, lifts and asks to log out only there. */
    private void requireAdministers(AuthenticatedUser actor, String company) throws SessionException {
        if (!administers(actor, company)) {
            throw new SessionException(Ban.ALL_COMPANIES.equals(company) ? Messages.notAdministeringAll
                    : NLS.bind(Messages.notAdministeringCompany, actor.login(), company));
        }
    }

    @Override
    public Ban block(AuthenticatedUser actor, BanRequest request) throws SessionException {
        requireAdministrator(actor);
        Objects.requireNonNull(request);
        String code = request.company() == null ? "" : request.company().strip(); //$NON-NLS-1$
        String message = request.message() == null ? "" : request.message().strip(); //$NON-NLS-1$
        if (code.isEmpty()) {
            throw new SessionException(Messages.companyMissing);
        }
        if (request.startsAt() == null || request.endsAt() == null) {
            throw new SessionException(Messages.periodMissing);
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new SessionException(NLS.bind(Messages.endBeforeStart, format(request.startsAt()), format(request.endsAt())));
        }
        if (message.length() > MESSAGE_LENGTH) {
            throw new SessionException(NLS.bind(Messages.messageTooLong, message.length(), MESSAGE_LENGTH));
        }
        requireAdministers(actor, code);
        Instant local = clock.instant();
        Ban ban = inStore(tx -> {
            String known = Ban.ALL_COMPANIES.equals(code) ? code : KnownCompany.find(tx, code).code();
            Instant now = time.now(tx);
            if (!request.endsAt().isAfter(now)) {
                throw new SessionException(NLS.bind(Messages.periodPast, format(request.endsAt()), format(now)) + clockWarning(local, now));
            }
            Ban made = new Ban(UUID.randomUUID().toString(), known, request.startsAt(), request.endsAt(), message, actor.id(), actor.login(),
                    actor.shownName());
            BanTable.insert(tx, made, now);
            publish(tx, banEvent(TOPIC_BAN_SET, made, actor, null, made.describe()));
            return made;
        });
        return ban;
    }

    @Override
    public void lift(AuthenticatedUser actor, String banId) throws SessionException {
        requireAdministrator(actor);
        Ban lifted = inStore(tx -> {
            Optional<Ban> ban = BanTable.find(tx, banId);
            if (ban.isEmpty()) {
                throw new SessionException(Messages.banGone);
            }
            requireAdministers(actor, ban.get().company());
            if (!BanTable.delete(tx, banId)) {
                throw new SessionException(Messages.banGone);
            }
            publish(tx, banEvent(TOPIC_BAN_LIFTED, ban.get(), actor, ban.get().describe(), null));
            return ban.get();
        });
        Objects.requireNonNull(lifted);
    }

    @Override
    public int requestLogout(AuthenticatedUser actor, String exceptSessionId, String company, String message) throws SessionException {
        requireAdministrator(actor);
        String text = logoutMessage(message);
        String code = company == null || company.isBlank() ? Ban.ALL_COMPANIES : company.strip();
        requireAdministers(actor, code);
        int asked = inStore(tx -> {
            String known = Ban.ALL_COMPANIES.equals(code) ? code : KnownCompany.find(tx, code).code();
            LogoutRequest request = new LogoutRequest(text, actor.login(), time.now(tx));
            int sessions = SessionTable.requestLogout(tx, exceptSessionId, Ban.ALL_COMPANIES.equals(known) ? null : known, request);
            publish(tx, event(TOPIC_LOGOUT_REQUESTED, "login", actor.login(), "company", known, "message", text, "sessions", sessions)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return sessions;
        });
        return asked;
    }

    @Override
    public SessionInfo requestSessionLogout(AuthenticatedUser actor, String sessionId, String message) throws SessionException {
        requireAdministrator(actor);
        String text = logoutMessage(message);
        String id = sessionId == null ? "" : sessionId.strip(); //$NON-NLS-1$
        List<Event> posted = new ArrayList<>();
        SessionInfo asked = inStore(tx -> {
            Instant now = time.now(tx);
            sweep(tx, now, SettingsReader.read(tx), posted); // a workstation gone silent would never see the request
            SessionInfo session = SessionTable.find(tx, id).map(SessionTable.Row::info)
                    .orElseThrow(() -> new SessionException(NLS.bind(Messages.sessionUnknown, id)));
            if (!administers(actor, session.company().orElse(null))) {
                throw new SessionException(session.company().map(c -> NLS.bind(Messages.notAdministeringCompany, actor.login(), c))
                        .orElseGet(() -> NLS.bind(Messages.sessionOfNoCompany, actor.login(), session.login())));
            }
            if (session.stale() || !SessionTable.requestLogoutOf(tx, session.id(), new LogoutRequest(text, actor.login(), now))) {
                throw new SessionException(NLS.bind(Messages.sessionStale, session.login(), session.workstation().name()));
            }
            publish(tx, event(TOPIC_LOGOUT_REQUESTED, "login", actor.login(), "company", session.company().orElse(null), "message", text, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "sessions", 1, "sessionId", session.id(), "user", session.login())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return session;
        });
        posted.forEach(this::post);
        return asked;
    }

    /** The message a log-out request shows: written, and not too long. */
    private static String logoutMessage(String message) throws SessionException {
        String text = message == null ? "" : message.strip(); //$NON-NLS-1$
        if (text.isEmpty()) {
            throw new SessionException(Messages.logoutMessageMissing);
        }
        if (text.length() > MESSAGE_LENGTH) {
            throw new SessionException(NLS.bind(Messages.messageTooLong, text.length(), MESSAGE_LENGTH));
        }
        return text;
    }

    /** Marks stale the sessions that missed their heartbeats, and tells the journal once for each. */
    private void sweep(Transaction tx, Instant now, SessionSettings settings, List<Event> posted) throws SQLException {
        for (SessionInfo turned : SessionTable.turningStale(tx, now.minus(settings.staleAfter()))) {
            SessionTable.markStale(tx, turned.id(), now);
            posted.add(sessionEvent(TOPIC_STALE, turned, turned.describe(), "lastHeartbeat", turned.lastHeartbeat().toEpochMilli())); //$NON-NLS-1$
        }
    }

    private void requireAdministrator(AuthenticatedUser actor) throws SessionException {
        if (!maySetBans(actor)) {
            throw new SessionException(Messages.notAllowed);
        }
    }

    /** The sessions and bans are shown to those who may act on them. */
    private void requireMaySee(AuthenticatedUser actor) throws SessionException {
        if (!maySetBans(actor)) {
            throw new SessionException(Messages.notAllowedToSee);
        }
    }

    private String refusal(Ban ban) {
        String on = ban.allCompanies() ? Messages.allCompanies : NLS.bind(Messages.company, ban.company());
        String message = ban.message().isEmpty() ? "" : NLS.bind(Messages.loginRefusedMessage, ban.message()); //$NON-NLS-1$
        return NLS.bind(Messages.loginRefused, new Object[] { on, format(ban.startsAt()), format(ban.endsAt()), ban.authorName(), message });
    }

    private static String clockWarning(Instant local, Instant database) {
        Duration off = Duration.between(database, local).abs();
        return off.compareTo(CLOCK_TOLERANCE) > 0 ? NLS.bind(Messages.clockOff, off.toMinutes()) : ""; //$NON-NLS-1$
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(clock.getZone()).format(instant);
    }

    private <T> T inStore(Work<T> work) throws SessionException {
        try {
            return store.inTransaction(tx -> {
                try {
                    return work.run(tx);
                } catch (SessionException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal e) {
            throw e.refusal;
        } catch (StoreException e) {
            throw new SessionException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Transaction tx) throws SQLException, SessionException;
    }

    /** Carries a refusal out of a transaction, which rolls back everything done so far. */
    private static final class Refusal extends StoreException {

        private static final long serialVersionUID = 1L;

        private final SessionException refusal;

        Refusal(SessionException refusal) {
            super(Problem.DATABASE_ERROR, refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    private Event endRequested(SessionInfo session, String reason) {
        return event(AccountService.TOPIC_SESSION_END_REQUESTED, "login", session.login(), "userId", session.userId(), //$NON-NLS-1$ //$NON-NLS-2$
                "sessionId", session.id(), "reason", reason); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Event sessionEvent(String topic, SessionInfo session, String before, String extraName, Object extraValue) {
        return event(topic, "sessionId", session.id(), "userId", session.userId(), "login", session.login(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "company", session.company().orElse(null), "workstation", session.workstation().name(), //$NON-NLS-1$ //$NON-NLS-2$
                "before", before, "after", topic.equals(TOPIC_OPENED) ? session.describe() : null, extraName, extraValue); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Event banEvent(String topic, Ban ban, AuthenticatedUser actor, String before, String after) {
        return event(topic, "banId", ban.id(), "company", ban.company(), "startsAt", ban.startsAt().toEpochMilli(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "endsAt", ban.endsAt().toEpochMilli(), "message", ban.message(), "author", ban.authorLogin(), "login", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** An event with {@code timestamp}; {@code properties} alternate names and values, null values are left out. */
    private Event event(String topic, Object... properties) {
        Map<String, Object> map = new HashMap<>();
        map.put("timestamp", clock.millis()); //$NON-NLS-1$
        for (int i = 0; i + 1 < properties.length; i += 2) {
            if (properties[i] != null && properties[i + 1] != null) {
                map.put((String) properties[i], properties[i + 1]);
            }
        }
        return new Event(topic, map);
    }

    /**
     * An administrator's change (a ban set or lifted, a log-out request): journaled in its own
     * transaction when the installation has a journal, posted once that transaction has committed.
     */
    private void publish(Transaction tx, Event event) throws SessionException {
        try {
            JournaledEvents.publish(store, tx, () -> events, event);
        } catch (StoreException e) {
            throw new SessionException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    private void post(Event event) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(event);
        }
    }
}
