package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan group policy}: a group's own password policy, shown or set as the Password
 * Policy dialog does for a group. The service refuses anyone but an administrator
 * of every company, and journals each change ({@link PasswordPolicyAdministration#TOPIC_POLICY_CHANGED});
 * what changes nothing is said and not saved.
 */
record GroupPolicy(PasswordPolicyAdministration policies, GroupAdministration groups, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    void run(Invocation invocation) throws AccountException, CommandLineException {
        String group = GroupCommands.find(groups, invocation.argument(0)).name(); // an unknown one refused with the installation's groups
        Optional<PasswordPolicy> before = policies.groupPolicy(group);
        Optional<PolicyChange> change = PolicyChange.of(invocation);
        if (change.isEmpty()) {
            show(group, before, invocation.format());
        } else if (change.get().none()) {
            remove(group, before);
        } else {
            set(group, before, change.get());
        }
    }

    /** As the dialog shows a group: its own policy, or, when it has none, the installation's that applies. */
    private void show(String group, Optional<PasswordPolicy> own, OutputFormat format) throws AccountException {
        PasswordPolicy shown = own.isPresent() ? own.get() : policies.installationPolicy();
        TextTable.printFields(out, List.of(Field.of("group", Messages.showGroup, group), //$NON-NLS-1$
                new Field("own_policy", Messages.showOwnPolicy, List.of(own.isPresent() ? Messages.listYes : Messages.policyInstallationShown), //$NON-NLS-1$
                        Boolean.toString(own.isPresent()), own.isPresent()),
                Field.number("minimum_length", Messages.showMinimumLength, shown.minimumLength()), //$NON-NLS-1$
                Field.flag("digit", Messages.showDigit, shown.digit()), //$NON-NLS-1$
                Field.flag("lower_case", Messages.showLowerCase, shown.lowerCase()), //$NON-NLS-1$
                Field.flag("upper_case", Messages.showUpperCase, shown.upperCase()), //$NON-NLS-1$
                Field.flag("special", Messages.showSpecial, shown.special()), //$NON-NLS-1$
                Field.number("maximum_age_days", Messages.showMaximumAge, shown.maximumAgeDays()), //$NON-NLS-1$
                Field.number("warning_days", Messages.showWarningDays, shown.warningDays())), format); //$NON-NLS-1$
    }

    private void remove(String group, Optional<PasswordPolicy> before) throws AccountException {
        if (before.isEmpty()) {
            err.println(NLS.bind(Messages.policyNoneAlready, group));
            return;
        }
        policies.setGroupPolicy(actor, group, Optional.empty());
        err.println(NLS.bind(Messages.policyRemoved, group));
    }

    /** What is not given is kept: from the group's own policy, else from the installation's (as ticking Own policy shows it). */
    private void set(String group, Optional<PasswordPolicy> before, PolicyChange change) throws AccountException, CommandLineException {
        PasswordPolicy after;
        try {
            after = change.applyTo(before.isPresent() ? before.get() : policies.installationPolicy());
        } catch (IllegalArgumentException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
        if (before.equals(Optional.of(after))) {
            err.println(NLS.bind(Messages.policyUnchanged, group));
            return;
        }
        policies.setGroupPolicy(actor, group, Optional.of(after));
        err.println(NLS.bind(Messages.policySet, group, describe(after)));
    }

    /** The rules as people read them, with the expiry. */
    private static String describe(PasswordPolicy policy) {
        List<String> rules = policy.rules();
        String kinds = rules.isEmpty() ? Messages.policyNoRule : String.join(" ", rules); //$NON-NLS-1$
        return policy.expires() ? NLS.bind(Messages.policyExpires, new Object[] { kinds, policy.maximumAgeDays(), policy.warningDays() })
                : NLS.bind(Messages.policyNeverExpires, kinds);
    }
}
