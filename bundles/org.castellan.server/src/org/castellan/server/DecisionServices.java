package org.castellan.server;

import java.util.Objects;

import org.castellan.audit.AuditJournal;
import org.castellan.datarights.DataRightsAccess;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.sessions.SessionRegistry;

/**
 * The services the server answers with, bound to the installation it serves: it holds no rule of
 * its own, every decision is theirs.
 *
 * @param accounts the log-in (throttling and locks apply)
 * @param sessions the session registry (bans, heartbeats, timeouts)
 * @param access   rights
 * @param menus    option levels and rights
 * @param data     object levels and data filters
 * @param journal  the audit journal
 *
 * @since 0.1
 */
public record DecisionServices(AccountService accounts, SessionRegistry sessions, AccessControl access, MenuLevels menus, DataRightsAccess data,
        AuditJournal journal) {

    public DecisionServices {
        Objects.requireNonNull(accounts);
        Objects.requireNonNull(sessions);
        Objects.requireNonNull(access);
        Objects.requireNonNull(menus);
        Objects.requireNonNull(data);
        Objects.requireNonNull(journal);
    }
}
