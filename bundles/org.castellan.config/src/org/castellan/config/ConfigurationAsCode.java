package org.castellan.config;

import java.util.List;

import org.castellan.security.AuthenticatedUser;

/**
 * The whole configuration of an installation as one YAML text, sorted so that two of them compare
 * line by line: its companies, users (never their passwords), groups and their members, roles and
 * their rights, who holds which role, the levels users and groups have on folders and reports, the
 * data rights, the levels and required rights administrators set on menu options, and the settings
 * (see docs/configuration-as-code.md for the format). The folder/report tree and the data models
 * are the hosts': the text names them, and applying it needs them.
 * <p>
 * Applying a text makes the installation match it in one transaction, all or nothing: what the
 * text adds, changes and leaves out (groups, roles, object permissions, data rights, menu overrides
 * and settings left out are removed; users left out are disabled and companies archived, never deleted). Every value is
 * checked with the rules of the services the workbench uses ({@link org.castellan.security.SecurityRules},
 * the settings', the menu's and the data-rights service's own checks), and each change is journaled on its concern's topic,
 * then the whole on {@value #TOPIC_APPLIED}. Applying the same text twice changes nothing the second
 * time.
 * <p>
 * Exporting needs an administrator; applying a global one: a security administrator limited to
 * some companies is refused, the configuration being the whole installation's.
 *
 * @since 0.1
 */
public interface ConfigurationAsCode {

    /**
     * A configuration was applied (properties {@code actor}, {@code timestamp}, {@code digest}: the
     * SHA-256 of the text, {@code added}, {@code changed}, {@code removed}: how many changes of each kind).
     */
    String TOPIC_APPLIED = "org/castellan/config/APPLIED"; //$NON-NLS-1$

    /** The configuration as it is now, as YAML. */
    String export(AuthenticatedUser actor) throws ConfigurationException;

    /**
     * What applying a text changes, or changed.
     *
     * @param changes          every change, in the order of the text's sections, each section sorted
     * @param applied          whether they were made (false for a dry run, and when there was none to make)
     * @param withoutPassword  the users it creates, who have no password until an administrator sets one
     */
    record Outcome(List<ConfigurationChange> changes, boolean applied, List<String> withoutPassword) {

        public Outcome {
            changes = List.copyOf(changes);
            withoutPassword = List.copyOf(withoutPassword);
        }
    }

    /**
     * Makes the installation match {@code text}, or, with {@code dryRun}, only says what that would
     * change: a dry run checks everything a real one checks, in a transaction it then rolls back.
     *
     * @throws ConfigurationException listing every problem of the text with its line (nothing is
     *                                changed), or the rule of the whole installation it breaks
     */
    Outcome apply(AuthenticatedUser actor, String text, boolean dryRun) throws ConfigurationException;
}
