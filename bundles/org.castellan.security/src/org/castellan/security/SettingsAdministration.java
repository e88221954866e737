package org.castellan.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.store.SettingDescriptor;

/**
 * Every setting of the installation, as the concerns that read them describe them
 * ({@link org.castellan.store.SettingContribution}): read and changed by administrators, from the
 * Installation Settings editor and {@code castellan settings}.
 * <p>
 * Reads and changes check in the service that the acting user holds
 * {@link AccountService#ADMINISTER_RIGHT}. A change of several settings is checked whole before
 * anything is written: one bad value refuses them all, with every problem listed. Each setting that
 * changes publishes {@value #TOPIC_SETTING_CHANGED} (properties {@code setting}, {@code actor},
 * {@code timestamp}, {@code before} and {@code after}: the stored values, empty when unset) for the
 * audit journal, in the change's transaction.
 *
 * @since 0.1
 */
public interface SettingsAdministration {

    String TOPIC_SETTING_CHANGED = "org/castellan/security/setting/CHANGED"; //$NON-NLS-1$

    /**
     * A setting and what the installation holds for it.
     *
     * @param stored the stored value; empty when unset, so that its default applies
     */
    record Setting(SettingDescriptor descriptor, Optional<String> stored) {

        /** The value that applies: the stored one, or the default. */
        public String effective() {
            return stored.orElse(descriptor.defaultValue());
        }
    }

    /** Every described setting, sorted by category and key. */
    List<Setting> settings(AuthenticatedUser actor) throws AccountException;

    /**
     * What every concern describes of its settings (keys, types, defaults, labels), sorted by key,
     * without their values: reads nothing, so that a caller already inside an administrator's
     * transaction (configuration as code) does not read the installation again to learn them.
     *
     * @since 0.1
     */
    List<SettingDescriptor> descriptors();

    /**
     * One setting.
     *
     * @throws AccountException when no concern describes {@code key}: the message names the closest keys
     */
    Setting setting(AuthenticatedUser actor, String key) throws AccountException;

    /**
     * Changes settings in one transaction, all or none.
     *
     * @param changes the value to set for each key, as typed (a preset's name is taken for its
     *                value); an empty value resets the setting to its default
     * @return the keys whose stored value changed, sorted; a value set to what it was changes nothing
     * @throws AccountException listing every unknown key and every value refused, with what is expected
     */
    List<String> change(AuthenticatedUser actor, Map<String, String> changes) throws AccountException;

    /**
     * Why {@code value} cannot be set for {@code key}, as {@link #change(AuthenticatedUser, Map)}
     * would refuse it: no setting of that key (the closest keys named), a value refused (with what
     * is expected), a setting Castellan keeps itself. Empty when it can be set. Reads nothing.
     *
     * @param value as typed; an empty value resets the setting to its default
     * @since 0.1
     */
    Optional<String> problem(String key, String value);

    /**
     * What the check of the setting {@code key} says of {@code value}, alone (without the setting's
     * name): {@link SettingDescriptor.Check#problem} of its descriptor, which is code that stays where
     * the concern runs, for a copy of the descriptor elsewhere (a client workstation's) to ask. The
     * closest keys named when no concern describes {@code key}. Reads nothing.
     *
     * @param value stripped, as a check is given it
     * @since 0.1
     */
    Optional<String> checkProblem(String key, String value);

    /**
     * Changes settings as {@link #change(AuthenticatedUser, Map)} does, within an administrator's
     * change already begun in its transaction (configuration as code applies a whole file in one):
     * refused for an administrator limited to some companies, and with every problem listed when a
     * value is refused. Each setting that changes is journaled in that transaction.
     *
     * @return the keys whose stored value changed, sorted
     * @since 0.1
     */
    List<String> change(SecurityRules.Change change, Map<String, String> changes) throws AccountException;
}
