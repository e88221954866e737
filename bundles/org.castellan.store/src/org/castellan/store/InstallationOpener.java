package org.castellan.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.castellan.store.StoreException.Problem;

/**
 * Opens an existing installation, asking for the encryption passphrase of an encrypted one until
 * it is right or the person gives up. Shared by every Eclipse application that opens an
 * installation folder (the workbench's dialog, the command line's console or environment).
 *
 * @since 0.1
 */
public final class InstallationOpener {

    /** Asks for the passphrase of an encrypted installation. */
    @FunctionalInterface
    public interface PassphrasePrompt {

        /**
         * @param folder  the installation folder
         * @param problem why the previous passphrase was refused; empty the first time
         * @return the passphrase (overwritten once used), or empty when the person cancels
         */
        Optional<char[]> ask(Path folder, Optional<String> problem);
    }

    private final PassphrasePrompt prompt;

    public InstallationOpener(PassphrasePrompt prompt) {
        this.prompt = Objects.requireNonNull(prompt);
    }

    /**
     * Whether the folder holds an installation (its settings file marks it); false for a missing
     * or empty folder.
     *
     * @throws StoreException if the folder is a file or its settings cannot be read
     */
    public static boolean holdsInstallation(Path folder) throws StoreException {
        return CastellanStore.settings(folder).isPresent();
    }

    /**
     * @return the open store, or empty when the person cancelled the passphrase
     * @throws StoreException for every refusal except a wrong passphrase, which is asked again
     */
    public Optional<CastellanStore> open(Path folder) throws StoreException {
        if (!isEncrypted(folder)) {
            return Optional.of(CastellanStore.open(folder, Optional.empty()));
        }
        Optional<String> problem = Optional.empty();
        while (true) {
            Optional<char[]> passphrase = prompt.ask(folder, problem);
            if (passphrase.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(CastellanStore.open(folder, passphrase));
            } catch (StoreException e) {
                if (e.problem() != Problem.BOOT_PASSWORD) {
                    throw e;
                }
                problem = Optional.of(e.getMessage());
            } finally {
                Arrays.fill(passphrase.get(), '\0');
            }
        }
    }

    private static boolean isEncrypted(Path folder) throws StoreException {
        // A folder without settings is refused by CastellanStore.open with its own message.
        return CastellanStore.settings(folder).map(InstallationSettings::encrypted).orElse(false);
    }
}
