package org.castellan.cli.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.PasswordPolicy;
import org.eclipse.osgi.util.NLS;

/**
 * What {@code group policy} was asked to change of a group's own password policy, as the Password
 * Policy dialog's fields and presets do; checked as typed, before the installation is opened. The
 * ranges are {@link PasswordPolicy}'s to check.
 *
 * @param none   {@code --none}: the group keeps no policy of its own
 * @param preset {@code --preset}: the policy the fields start from
 */
record PolicyChange(boolean none, Optional<PasswordPolicy> preset, Optional<Integer> minimumLength, Optional<Boolean> digit,
        Optional<Boolean> lowerCase, Optional<Boolean> upperCase, Optional<Boolean> special, Optional<Integer> maximumAgeDays,
        Optional<Integer> warningDays) {

    /** The options that change the policy ({@code --format} shows it). */
    private static final Set<String> FIELDS = Set.of(Invocation.MIN_LENGTH, Invocation.DIGIT, Invocation.LOWER_CASE, Invocation.UPPER_CASE,
            Invocation.SPECIAL, Invocation.EXPIRY_DAYS, Invocation.WARNING_DAYS, Invocation.PRESET);

    /**
     * The change typed; empty when nothing is to change (the policy is shown).
     *
     * @throws CommandLineException with exit code {@link ExitCode#USAGE}
     */
    static Optional<PolicyChange> of(Invocation invocation) throws CommandLineException {
        boolean fields = FIELDS.stream().anyMatch(o -> invocation.value(o).isPresent());
        boolean none = invocation.flag(Invocation.NONE);
        if (none && fields) {
            throw CommandLineException.usage(Messages.policyNoneAlone);
        }
        if ((none || fields) && invocation.value(Invocation.FORMAT).isPresent()) {
            throw CommandLineException.usage(Messages.policyFormatAlone);
        }
        if (!none && !fields) {
            return Optional.empty();
        }
        return Optional.of(new PolicyChange(none, preset(invocation), invocation.wholeNumber(Invocation.MIN_LENGTH),
                invocation.yesOrNo(Invocation.DIGIT), invocation.yesOrNo(Invocation.LOWER_CASE), invocation.yesOrNo(Invocation.UPPER_CASE),
                invocation.yesOrNo(Invocation.SPECIAL), invocation.wholeNumber(Invocation.EXPIRY_DAYS), invocation.wholeNumber(Invocation.WARNING_DAYS)));
    }

    private static Optional<PasswordPolicy> preset(Invocation invocation) throws CommandLineException {
        Optional<String> typed = invocation.value(Invocation.PRESET);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return switch (typed.get().strip().toLowerCase(Locale.ROOT)) {
            case "pharmacy" -> Optional.of(PasswordPolicy.PHARMACY_PRESET); //$NON-NLS-1$
            case "default" -> Optional.of(PasswordPolicy.DEFAULT); //$NON-NLS-1$
            default -> throw CommandLineException.usage(NLS.bind(Messages.policyPresetUnknown, typed.get()));
        };
    }

    /**
     * The policy with what was given changed, starting from the preset when one was given, else
     * from {@code start}.
     *
     * @throws IllegalArgumentException with {@link PasswordPolicy}'s message for values out of range
     */
    PasswordPolicy applyTo(PasswordPolicy start) {
        PasswordPolicy from = preset.orElse(start);
        return new PasswordPolicy(minimumLength.orElse(from.minimumLength()), digit.orElse(from.digit()), lowerCase.orElse(from.lowerCase()),
                upperCase.orElse(from.upperCase()), special.orElse(from.special()), maximumAgeDays.orElse(from.maximumAgeDays()),
                warningDays.orElse(from.warningDays()));
    }
}
