package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The two flows that end with a password typed by an administrator: setting a user's password
 * (he forgot his: it is replaced, never shown) and creating a user (login first, then password).
 */
public final class PasswordDialogs {

    private PasswordDialogs() {
    }

    /** Sets the password of {@code login}, under his own policy (the strictest of his groups'). */
    public static void setPassword(Shell shell, String login) {
        try {
            PasswordPolicy policy = Services.get(PasswordPolicyAdministration.class).policyFor(login);
            AuthenticatedUser actor = SecurityServices.currentUser();
            ChangePasswordDialog dialog = new ChangePasswordDialog(shell, policy, false, NLS.bind(Messages.setPasswordTitle, login),
                    NLS.bind(Messages.setPasswordMessage, login),
                    (current, next) -> Services.get(UserAdministration.class).setPassword(actor, login, next));
            dialog.open();
        } catch (AccountException e) {
            MessageDialog.openError(shell, Messages.setPasswordFailedTitle, e.getMessage());
        }
    }

    /** Creates a user from scratch; returns his login, or empty when the administrator cancelled. */
    public static Optional<String> newUser(Shell shell) {
        return create(shell, null, null, null);
    }

    /**
     * Creates a user with the level, kind, session policy, roles and groups of {@code template}
     * and the companies of {@code scope} (the user editor's Save As; {@code null}: the companies
     * the service gives); returns his login, or empty when cancelled.
     */
    public static Optional<String> newUserLike(Shell shell, UserChange template, CompanyScope scope) {
        return create(shell, new NewUserDialog.Draft("", false, null, null, template.external(), template.authorizationLevel()), template, //$NON-NLS-1$
                scope);
    }

    private static Optional<String> create(Shell shell, NewUserDialog.Draft initial, UserChange template, CompanyScope scope) {
        NewUserDialog first = new NewUserDialog(shell, initial);
        if (first.open() != Window.OK || first.draft().isEmpty()) {
            return Optional.empty();
        }
        NewUserDialog.Draft draft = first.draft().get();
        AuthenticatedUser actor = SecurityServices.currentUser();
        UserAdministration users = Services.get(UserAdministration.class);
        if (draft.domain()) {
            // the directory keeps a domain user's password: no second step
            try {
                users.createUser(actor, newUser(draft, template, scope, null));
                return Optional.of(draft.login());
            } catch (AccountException e) {
                MessageDialog.openError(shell, Messages.newUserFailedTitle, e.getMessage());
                return Optional.empty();
            }
        }
        PasswordPolicy policy;
        try {
            policy = Services.get(PasswordPolicyAdministration.class).installationPolicy();
        } catch (AccountException e) {
            MessageDialog.openError(shell, Messages.newUserFailedTitle, e.getMessage());
            return Optional.empty();
        }
        ChangePasswordDialog second = new ChangePasswordDialog(shell, policy, false, NLS.bind(Messages.newUserPasswordTitle, draft.login()),
                Messages.newUserPasswordMessage, (current, next) -> {
                    // One transaction: a refusal leaves no user half-made.
                    users.createUser(actor, newUser(draft, template, scope, next));
                });
        return second.open() == Window.OK ? Optional.of(draft.login()) : Optional.empty();
    }

    private static NewUser newUser(NewUserDialog.Draft draft, UserChange template, CompanyScope scope, char[] password) {
        return template == null
                ? new NewUser(draft.login(), draft.displayName(), draft.email(), draft.external(), draft.domain(), draft.level(), password)
                : new NewUser(draft.login(), draft.displayName(), draft.email(), draft.external(), draft.domain(), draft.level(), password,
                        template.sessionPolicy(), template.roles(), template.groups(), scope);
    }
}
