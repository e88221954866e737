package org.castellan.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;

/**
 * The installation's registry of open sessions and bans on new logins, shared by every
 * workstation through the database (Declarative Services component; hosts get it as an OSGi
 * service). Times are the database's ({@link DatabaseTime}).
 * <p>
 * A login opens a session ({@link #open}); the workstation then heartbeats it every
 * {@link SessionSettings#heartbeatInterval()} ({@link SessionKeeper} does it) and closes it at
 * log-out or exit. A session that misses {@link SessionSettings#missedHeartbeats()} heartbeats is
 * marked stale: it shows as such and no longer counts as active.
 * <p>
 * Events (OSGi EventAdmin), each with {@code timestamp} (epoch milliseconds) and readable
 * {@code before} and/or {@code after} texts for the audit journal:
 * <ul>
 * <li>{@value #TOPIC_OPENED}, {@value #TOPIC_CLOSED} (with {@code reason}) and {@value #TOPIC_STALE}:
 * {@code sessionId}, {@code userId}, {@code login}, {@code company}, {@code workstation};</li>
 * <li>{@value #TOPIC_BAN_SET}, {@value #TOPIC_BAN_LIFTED}, {@value #TOPIC_BAN_FORCED}: {@code banId},
 * {@code company}, {@code startsAt}, {@code endsAt}, {@code message}, {@code author}, and {@code login}
 * of who acted;</li>
 * <li>{@value #TOPIC_LOGIN_REFUSED}: {@code login}, {@code company}, {@code banId}, {@code reason};</li>
 * <li>{@value #TOPIC_LOGOUT_REQUESTED}: {@code login} of the administrator, {@code company}, {@code message},
 * {@code sessions} (how many were asked), and for one session asked ({@link #requestSessionLogout}) its
 * {@code sessionId} and {@code user} (login).</li>
 * </ul>
 *
 * @since 0.1
 */
public interface SessionRegistry {

    String TOPIC_OPENED = "org/castellan/sessions/OPENED"; //$NON-NLS-1$
    String TOPIC_CLOSED = "org/castellan/sessions/CLOSED"; //$NON-NLS-1$
    String TOPIC_STALE = "org/castellan/sessions/STALE"; //$NON-NLS-1$
    String TOPIC_BAN_SET = "org/castellan/sessions/BAN_SET"; //$NON-NLS-1$
    String TOPIC_BAN_LIFTED = "org/castellan/sessions/BAN_LIFTED"; //$NON-NLS-1$
    String TOPIC_BAN_FORCED = "org/castellan/sessions/BAN_FORCED"; //$NON-NLS-1$
    String TOPIC_LOGIN_REFUSED = "org/castellan/sessions/LOGIN_REFUSED"; //$NON-NLS-1$
    String TOPIC_LOGOUT_REQUESTED = "org/castellan/sessions/LOGOUT_REQUESTED"; //$NON-NLS-1$

    /** The right that lets a security administrator block openings; "Administer security" also does. */
    String BLOCK_RIGHT = "org.castellan.sessions.block"; //$NON-NLS-1$

    /** The end hour of a ban when none is given: 19:00, the end of the working day. */
    int DEFAULT_BAN_END_HOUR = 19;

    /** The installation's settings (defaults for those not set). */
    SessionSettings settings() throws SessionException;

    /** The database's time now: the reference of every session and ban. */
    Instant databaseTime() throws SessionException;

    /** The codes of the installation's active companies (archived ones open no session), in their order. */
    List<String> companies() throws SessionException;

    /**
     * Opens a session for a user who just logged in, unless a ban refuses it: checked and recorded
     * in one transaction.
     *
     * @param company  the code of the company he works in (letter case ignored: the session names it
     *                 as the installation spells it); null for an installation-wide session
     *                 (only bans on {@link Ban#ALL_COMPANIES} refuse it)
     * @param forceBan open through a ban: allowed to security administrators only, and recorded
     * @throws LoginRefusedException with the ban's period, author and message
     * @throws SessionException      for an unknown or archived company, or a database problem
     */
    SessionInfo open(AuthenticatedUser user, String company, Workstation workstation, boolean forceBan) throws SessionException;

    /**
     * The workstation is alive; {@code userActive} says whether its user did something since the
     * previous heartbeat. Ends the session when the idle or absolute timeout has passed.
     */
    Heartbeat heartbeat(String sessionId, boolean userActive) throws SessionException;

    /** Closes a session (log-out, exit); closing one already closed does nothing. */
    void close(String sessionId, String reason) throws SessionException;

    /**
     * The host closed a sale or a transaction. For a user with the "one transaction" session policy
     * the session is closed and {@code org/castellan/security/session/END_REQUESTED} posted (the
     * workbench then asks for the next login); returns whether that happened.
     */
    boolean transactionClosed(String sessionId) throws SessionException;

    /**
     * The sessions of the registry, active and stale, oldest first; marks stale those that missed
     * their heartbeats.
     *
     * @param company a company's code to see only its sessions; empty for all
     */
    List<SessionInfo> sessions(Optional<String> company) throws SessionException;

    /**
     * What an administrator may see of the sessions ({@link #sessions(Optional)} for him): refused
     * unless {@code actor} {@link #maySetBans may set bans}; a security administrator limited to
     * some companies sees only their sessions (not those opened without a company).
     *
     * @param company a company's code, letter case ignored, to see only its sessions (refused when
     *                the installation has none such or he does not administer it); empty for all
     *                he administers. Sessions show the code as the installation spells it.
     */
    List<SessionInfo> sessions(AuthenticatedUser actor, Optional<String> company) throws SessionException;

    /**
     * Before exclusive processing (a year-end closing) on a company: refuses while any other session
     * is active on it, listing them (stale sessions do not hold it).
     *
     * @param sessionId the session of whoever runs the processing (not counted)
     * @throws ExclusiveProcessingRefusedException naming the other sessions
     */
    void checkExclusive(String sessionId, String company) throws SessionException;

    /** The bans that have not ended yet (running or to come), soonest first. */
    List<Ban> bans() throws SessionException;

    /**
     * What an administrator may see of the bans ({@link #bans()} for him): refused unless
     * {@code actor} {@link #maySetBans may set bans}; a security administrator limited to some
     * companies sees the bans on them and those on {@link Ban#ALL_COMPANIES}, which refuse logins
     * there too (he may not lift those).
     */
    List<Ban> bans(AuthenticatedUser actor) throws SessionException;

    /** Removes the bans that have ended; returns how many. The "Active sessions" view calls it when it opens. */
    int purgeExpired() throws SessionException;

    /** The period "Block openings" proposes: from now to 19:00 today (tomorrow once 19:00 is past), in {@code zone}. */
    BanRequest defaultBan(String company, ZoneId zone) throws SessionException;

    /** Whether the user may block openings, force or lift a ban and ask others to log out. */
    boolean maySetBans(AuthenticatedUser user);

    /**
     * Blocks new logins on a company (or all) for a period; the company's code is found without
     * letter case, and the ban names it as the installation spells it. Refused unless {@code actor}
     * {@link #maySetBans may}; an end before the start, a period already over or an unknown
     * company are refused with a message, and nothing is saved.
     */
    Ban block(AuthenticatedUser actor, BanRequest request) throws SessionException;

    /** Lifts a ban for every workstation. */
    void lift(AuthenticatedUser actor, String banId) throws SessionException;

    /**
     * Asks every other active session on the company (or on all companies when it is
     * {@link Ban#ALL_COMPANIES}) to log out; their next heartbeat shows the message.
     *
     * @return how many sessions were asked
     */
    int requestLogout(AuthenticatedUser actor, String exceptSessionId, String company, String message) throws SessionException;

    /**
     * Asks one active session to log out; its next heartbeat shows the message. Refused unless
     * {@code actor} {@link #maySetBans may}, for a session of a company he does not administer (an
     * administrator limited to some companies may not ask sessions opened without a company), and for
     * a session that has ended or is stale (its workstation would never show the request); nothing
     * is saved then. Journaled as {@value #TOPIC_LOGOUT_REQUESTED} with {@code sessionId} and the
     * session's {@code user}.
     *
     * @param sessionId the session's {@link SessionInfo#id() id}
     * @return the session asked
     * @since 0.1
     */
    SessionInfo requestSessionLogout(AuthenticatedUser actor, String sessionId, String message) throws SessionException;

    /**
     * Binds the hash of a bearer token the Castellan server gave to an open session: the hash,
     * never the token, is kept in the session's row, and goes with it when the session closes. So
     * a server that restarts accepts the token again for as long as the session stays open.
     *
     * @param tokenHash the token's SHA-256, in hexadecimal
     * @throws SessionException when the session is not open (nothing is saved) or the database fails
     * @since 0.1
     */
    void bindToken(String sessionId, String tokenHash) throws SessionException;

    /**
     * The session a token's hash is bound to, if it is open and not stale: it had a heartbeat
     * within {@link SessionSettings#staleAfter()} (by the database's clock) and its user is
     * enabled. The Castellan server asks it for a token it does not know (after a restart).
     *
     * @param tokenHash the token's SHA-256, in hexadecimal
     * @since 0.1
     */
    java.util.Optional<TokenSession> sessionOfToken(String tokenHash) throws SessionException;
}
