package org.castellan.directory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import org.castellan.directory.DirectorySettings;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * The directory's settings, shown and checked by the Installation Settings editor and {@code
 * castellan settings}, journaled like every setting. The service account's password is not one of
 * them: it is never shown (see {@link org.castellan.directory.DirectoryService#setServicePassword}).
 */
@Component(service = SettingContribution.class)
public final class DirectorySettingsContribution implements SettingContribution {

    @Override
    public List<SettingDescriptor> settings() {
        String category = Messages.settingsCategory;
        return List.of(
                SettingDescriptor.text(DirectorySettings.URLS, category, Messages.settingUrls, Messages.settingUrlsHelp, "", //$NON-NLS-1$
                        DirectorySettingsContribution::urlsProblem),
                SettingDescriptor.flag(DirectorySettings.START_TLS, category, Messages.settingStartTls, Messages.settingStartTlsHelp, false),
                SettingDescriptor.lines(DirectorySettings.CA_CERTIFICATE, category, Messages.settingCaCertificate, Messages.settingCaCertificateHelp, "", //$NON-NLS-1$
                        DirectorySettingsContribution::certificateProblem),
                SettingDescriptor.text(DirectorySettings.BASE_DN, category, Messages.settingBaseDn, Messages.settingBaseDnHelp, "", //$NON-NLS-1$
                        DirectorySettingsContribution::dnProblem),
                SettingDescriptor.text(DirectorySettings.SERVICE_DN, category, Messages.settingServiceDn, Messages.settingServiceDnHelp, "", //$NON-NLS-1$
                        DirectorySettingsContribution::dnProblem),
                SettingDescriptor.choice(DirectorySettings.LOGIN_ATTRIBUTE, category, Messages.settingLoginAttribute, Messages.settingLoginAttributeHelp,
                        DirectorySettings.LOGIN_ATTRIBUTES.get(0), DirectorySettings.LOGIN_ATTRIBUTES),
                SettingDescriptor.text(DirectorySettings.FILTER, category, Messages.settingFilter, Messages.settingFilterHelp, "", //$NON-NLS-1$
                        DirectorySettingsContribution::filterProblem),
                SettingDescriptor.number(DirectorySettings.CONNECT_TIMEOUT, category, Messages.settingConnectTimeout, Messages.settingConnectTimeoutHelp,
                        DirectorySettings.DEFAULT_CONNECT_SECONDS, 1, DirectorySettings.LONGEST_TIMEOUT_SECONDS),
                SettingDescriptor.number(DirectorySettings.READ_TIMEOUT, category, Messages.settingReadTimeout, Messages.settingReadTimeoutHelp,
                        DirectorySettings.DEFAULT_READ_SECONDS, 1, DirectorySettings.LONGEST_TIMEOUT_SECONDS),
                SettingDescriptor.flag(DirectorySettings.NESTED_GROUPS, category, Messages.settingNestedGroups, Messages.settingNestedGroupsHelp, false));
    }

    static Optional<String> urlsProblem(String value) {
        for (String url : SettingsReading.urls(value)) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
                if (!(scheme.equals("ldap") || scheme.equals("ldaps")) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                    return Optional.of(NLS.bind(Messages.urlInvalid, url));
                }
            } catch (URISyntaxException e) {
                return Optional.of(NLS.bind(Messages.urlInvalid, url));
            }
        }
        return Optional.empty();
    }

    static Optional<String> dnProblem(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            new LdapName(value);
            return Optional.empty();
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.of(NLS.bind(Messages.dnInvalid, value));
        }
    }

    static Optional<String> certificateProblem(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            TrustedAuthorities.parse(value);
            return Optional.empty();
        } catch (CertificateException e) {
            return Optional.of(NLS.bind(Messages.certificateInvalid, DirectoryAnswer.reason(e)));
        }
    }

    /** An extra filter: one parenthesised expression whose parentheses balance. */
    static Optional<String> filterProblem(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0 || depth == 0 && i < value.length() - 1 || c == '\0') {
                return Optional.of(NLS.bind(Messages.filterInvalid, value));
            }
        }
        return value.startsWith("(") && depth == 0 ? Optional.empty() : Optional.of(NLS.bind(Messages.filterInvalid, value)); //$NON-NLS-1$
    }
}
