package org.castellan.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import org.castellan.security.AccountException;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.UserAdministration;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.SettingDescriptor.Preset;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** The settings the security services read: seats, domain logins, the password policy, guest access. */
@Component(service = SettingContribution.class)
public final class SecuritySettings implements SettingContribution {

    /** Seats without the setting: no limit, which the number's range cannot express. */
    private static final String UNLIMITED = ""; //$NON-NLS-1$

    @Override
    public List<SettingDescriptor> settings() {
        String category = Messages.settingsCategory;
        return List.of(
                new SettingDescriptor(UserAdministration.SETTING_SEATS, category, Messages.settingSeats, Messages.settingSeatsHelp,
                        SettingDescriptor.Kind.NUMBER, UNLIMITED, List.of(), List.of(), SettingDescriptor.Check.between(0, 1_000_000), false),
                SettingDescriptor.text(UserAdministration.SETTING_DOMAIN_CHARACTERS, category, Messages.settingDomainCharacters,
                        Messages.settingDomainCharactersHelp, UserAdministration.DEFAULT_DOMAIN_CHARACTERS, SecuritySettings::domainCharactersProblem),
                SettingDescriptor.text(PasswordPolicies.INSTALLATION_SETTING, category, Messages.settingPasswordPolicy,
                        Messages.settingPasswordPolicyHelp, PasswordPolicies.encode(PasswordPolicy.DEFAULT), SecuritySettings::policyProblem)
                        .withPresets(List.of(new Preset("castellan", Messages.settingPolicyCastellan, PasswordPolicies.encode(PasswordPolicy.DEFAULT)), //$NON-NLS-1$
                                new Preset("bi-point", Messages.settingPolicyBiPoint, PasswordPolicies.encode(PasswordPolicy.PHARMACY_PRESET)))), //$NON-NLS-1$
                SettingDescriptor.flag(GuestAccess.SETTING, category, Messages.settingGuestAccess, Messages.settingGuestAccessHelp, false));
    }

    private static Optional<String> domainCharactersProblem(String value) {
        if (value.isEmpty()) {
            return Optional.of(Messages.settingDomainCharactersEmpty);
        }
        try {
            LoginRules.usesOnly("a", value); //$NON-NLS-1$
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(NLS.bind(Messages.settingDomainCharactersInvalid, value));
        }
    }

    /** The fields a stored policy is written with (see {@link PasswordPolicies#encode}); a misspelt one would be ignored, so it is refused. */
    private static final Set<String> POLICY_NUMBERS = Set.of("length", "expiry", "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> POLICY_FLAGS = Set.of("digit", "lower", "upper", "special"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static Optional<String> policyProblem(String value) {
        for (String pair : value.split("\\s+")) { //$NON-NLS-1$
            String[] field = pair.split("=", 2); //$NON-NLS-1$
            boolean known = field.length == 2 && (POLICY_NUMBERS.contains(field[0])
                    || POLICY_FLAGS.contains(field[0]) && (field[1].equals("true") || field[1].equals("false"))); //$NON-NLS-1$ //$NON-NLS-2$
            if (!known) {
                return Optional.of(NLS.bind(Messages.settingPasswordPolicyInvalid, pair));
            }
        }
        try {
            PasswordPolicies.decode(PasswordPolicies.INSTALLATION_SETTING, value);
            return Optional.empty();
        } catch (AccountException e) {
            // out of range: the policy's own message says what is allowed; otherwise a number was not one
            boolean range = e.getCause() != null && !(e.getCause() instanceof NumberFormatException);
            return Optional.of(range ? e.getCause().getMessage() : NLS.bind(Messages.settingPasswordPolicyInvalid, value));
        }
    }
}
