package org.castellan.app.internal.flow;

import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.ServerLogin;

/**
 * The logins of a client workstation: each checked by the Castellan server ({@link ServerLogin}:
 * its password, throttling, lock and ban, refused with the server's message), the user being the
 * one the server answers with. It keeps the last login's token for the workstation's calls; a new
 * login ends the previous one. What the server does not serve to a client yet (the guest, a first
 * administrator, a change of one's own password) is refused saying so, with nothing done.
 */
final class ServerAccounts implements AccountService {

    /** The program a client's session is opened for, as the Sessions view shows it. */
    static final String PROGRAM = "Castellan"; //$NON-NLS-1$

    private final PinnedServer server;
    private final String workstation;
    private ServerLogin login;

    ServerAccounts(PinnedServer server, String workstation) {
        this.server = server;
        this.workstation = workstation;
    }

    /** The login whose token the workstation's calls carry now. */
    synchronized Optional<ServerLogin> current() {
        return Optional.ofNullable(login);
    }

    /** Ends the current login on the server: its token is refused from now on. */
    void logOut() {
        ServerLogin ended;
        synchronized (this) {
            ended = login;
            login = null;
        }
        if (ended != null) {
            ended.close();
        }
    }

    @Override
    public boolean needsFirstAdministrator() {
        return false; // the server's installation has its administrator: enrolment needed one
    }

    @Override
    public AuthenticatedUser createFirstAdministrator(String login, String displayName, char[] password) throws AccountException {
        throw new AccountException(Messages.clientNotServedYet);
    }

    @Override
    public AuthenticatedUser authenticate(String name, char[] password) throws AccountException {
        // ServerLogin wipes what it is given: the caller's array stays for it to wipe (or to renew with)
        ServerLogin next = ServerLogin.logIn(server, name, password.clone(), Optional.empty(), workstation, PROGRAM, false);
        ServerLogin previous;
        synchronized (this) {
            previous = login;
            login = next;
        }
        if (previous != null) {
            previous.close();
        }
        return next.user();
    }

    @Override
    public AuthenticatedUser loginAsGuest() throws AccountException {
        throw new AccountException(Messages.clientNotServedYet);
    }

    @Override
    public boolean guestAccess() {
        return false; // the guest's login is not served yet: not offered
    }

    @Override
    public PasswordPolicy passwordPolicy() {
        return PasswordPolicy.DEFAULT;
    }

    @Override
    public void changePassword(String name, char[] currentPassword, char[] newPassword) throws AccountException {
        throw new AccountException(Messages.clientNotServedYet);
    }

    @Override
    public boolean passwordChangeable(AuthenticatedUser user) {
        return false; // not served yet: the menu does not offer it
    }

    @Override
    public Optional<String> loginNotice(AuthenticatedUser user) {
        return Optional.empty();
    }

    @Override
    public PasswordStatus passwordStatus(AuthenticatedUser user) {
        return PasswordStatus.NEVER_EXPIRES; // the server refuses an expired password at the login itself
    }

    @Override
    public boolean transactionClosed(AuthenticatedUser user) {
        return false; // a one-transaction session is ended by the server, which the heartbeat learns
    }
}
