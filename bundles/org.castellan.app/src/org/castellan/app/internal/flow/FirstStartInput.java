package org.castellan.app.internal.flow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.security.PasswordPolicy;
import org.castellan.store.NewInstallation;
import org.eclipse.osgi.util.NLS;

/**
 * What the person typed in the First-start dialog, and the checks made as they type.
 *
 * @param createsInstallation    whether the installation itself is created (otherwise only its administrator)
 * @param installationName       the name of the new installation
 * @param login                  the administrator's login
 * @param displayName            the administrator's display name; blank for the login
 * @param password               the administrator's password
 * @param confirmation           the password typed again
 * @param encrypt                whether the database is encrypted at rest
 * @param passphrase             the encryption passphrase
 * @param passphraseConfirmation the passphrase typed again
 */
public record FirstStartInput(boolean createsInstallation, String installationName, String login, String displayName,
        char[] password, char[] confirmation, boolean encrypt, char[] passphrase, char[] passphraseConfirmation) {

    public FirstStartInput {
        Objects.requireNonNull(installationName);
        Objects.requireNonNull(login);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(password);
        Objects.requireNonNull(confirmation);
        Objects.requireNonNull(passphrase);
        Objects.requireNonNull(passphraseConfirmation);
    }

    /** Every rule of the policy the password still breaks, as sentences. */
    public List<String> brokenPasswordRules(PasswordPolicy policy) {
        return policy.check(password);
    }

    /** The first thing to fix, in the order of the dialog's fields; empty when the input can be submitted. */
    public Optional<String> problem(PasswordPolicy policy) {
        if (createsInstallation && installationName.isBlank()) {
            return Optional.of(Messages.firstStartNameMissing);
        }
        if (login.isBlank()) {
            return Optional.of(Messages.firstStartLoginMissing);
        }
        if (!login.equals(login.strip())) {
            return Optional.of(Messages.firstStartLoginSpaces);
        }
        if (!brokenPasswordRules(policy).isEmpty()) {
            return Optional.of(Messages.firstStartPasswordBreaksRules);
        }
        if (!Arrays.equals(password, confirmation)) {
            return Optional.of(Messages.firstStartConfirmationDiffers);
        }
        if (createsInstallation && encrypt) {
            if (passphrase.length < NewInstallation.MINIMUM_PASSPHRASE_LENGTH) {
                return Optional.of(NLS.bind(Messages.firstStartPassphraseTooShort, NewInstallation.MINIMUM_PASSPHRASE_LENGTH));
            }
            if (!Arrays.equals(passphrase, passphraseConfirmation)) {
                return Optional.of(Messages.firstStartPassphraseDiffers);
            }
        }
        return Optional.empty();
    }

    /** The choices for {@code CastellanStore.create}; the passphrase is copied, so {@link #clear()} does not affect it. */
    public NewInstallation newInstallation() {
        String name = installationName.strip();
        return encrypt ? NewInstallation.encrypted(name, passphrase.clone()) : NewInstallation.unencrypted(name);
    }

    /** Overwrites the secrets once they are no longer needed. */
    public void clear() {
        Arrays.fill(password, '\0');
        Arrays.fill(confirmation, '\0');
        Arrays.fill(passphrase, '\0');
        Arrays.fill(passphraseConfirmation, '\0');
    }
}
