package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan user update|level|unlock|disable|enable}: the changes the User editor makes
 * besides roles, groups and passwords, saved through the user service, which checks the acting
 * user's right and the fields and journals each change. What would change nothing is said and not
 * sent: the journal gets no change that changed nothing.
 */
record UserCommands(UserAdministration users, AuthenticatedUser actor, PrintStream err) {

    void run(Invocation invocation) throws AccountException, CommandLineException {
        UserView user = Lookups.user(users, actor, invocation.argument(0));
        switch (invocation.command()) {
            case USER_UPDATE -> update(user, invocation.value(Invocation.NAME), invocation.value(Invocation.EMAIL));
            case USER_LEVEL -> level(user, invocation.levelArgument());
            case USER_UNLOCK -> unlock(user);
            case USER_DISABLE, USER_ENABLE -> enable(user, invocation.command() == Command.USER_ENABLE);
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a user change"); //$NON-NLS-1$
        }
    }

    /** Changes what is given, keeps the rest; an empty value takes the name or address away. */
    private void update(UserView user, Optional<String> name, Optional<String> email) throws AccountException {
        String newName = name.map(String::strip).orElse(TextTable.text(user.displayName()));
        String newEmail = email.map(String::strip).orElse(TextTable.text(user.email()));
        if (newName.equals(TextTable.text(user.displayName())) && newEmail.equals(TextTable.text(user.email()))) {
            err.println(NLS.bind(Messages.userUnchanged, user.login()));
            return;
        }
        users.updateUser(actor, UserChange.of(user).withProfile(newName, newEmail));
        err.println(NLS.bind(Messages.userUpdated, new Object[] { user.login(), orNone(newName), orNone(newEmail) }));
    }

    private void level(UserView user, int level) throws AccountException {
        if (user.authorizationLevel() == level) {
            err.println(NLS.bind(Messages.levelUnchanged, user.login(), level));
            return;
        }
        users.updateUser(actor, UserChange.of(user).withAuthorizationLevel(level));
        err.println(NLS.bind(Messages.levelSet, user.login(), level));
    }

    /** Only a lock that still lasts is lifted: the service journals every unlock it is asked for. */
    private void unlock(UserView user) throws AccountException {
        if (user.lockedUntil().isEmpty()) {
            err.println(NLS.bind(Messages.userNotLocked, user.login()));
            return;
        }
        users.unlock(actor, user.login());
        err.println(NLS.bind(Messages.userUnlocked, user.login()));
    }

    private void enable(UserView user, boolean enable) throws AccountException {
        if (user.enabled() == enable) {
            err.println(NLS.bind(enable ? Messages.userAlreadyEnabled : Messages.userAlreadyDisabled, user.login()));
            return;
        }
        users.setEnabled(actor, user.login(), enable);
        err.println(NLS.bind(enable ? Messages.userEnabled : Messages.userDisabled, user.login()));
    }

    private static String orNone(String value) {
        return value.isEmpty() ? Messages.listNone : value;
    }
}
