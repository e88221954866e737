package org.castellan.app.internal;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.ui.Services;

/** The password rules the dialogs show while someone chooses a password. */
public final class PasswordPolicies {

    private PasswordPolicies() {
    }

    /** The rules for the user's next password: his groups may be stricter than the installation. */
    public static PasswordPolicy passwordPolicyFor(String login, AccountService accounts) throws AccountException {
        var policies = Services.find(PasswordPolicyAdministration.class);
        return policies.isPresent() ? policies.get().policyFor(login) : accounts.passwordPolicy();
    }
}
