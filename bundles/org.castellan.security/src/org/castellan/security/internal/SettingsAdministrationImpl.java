package org.castellan.security.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.castellan.model.Installation;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.security.SettingsAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.SettingContribution;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link SettingsAdministration} over the settings every concern describes. Values live in the
 * {@code settings} table, except guest access, which is the guest's account being enabled.
 */
@Component(service = SettingsAdministration.class)
public final class SettingsAdministrationImpl implements SettingsAdministration {

    private static final Comparator<Setting> ORDER = Comparator.comparing((Setting s) -> s.descriptor().category())
            .thenComparing(s -> s.descriptor().key());

    private final CastellanStore store;
    private final Clock clock;
    private final List<SettingContribution> contributions = new CopyOnWriteArrayList<>();

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public SettingsAdministrationImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand; add contributions with {@link #addContribution}. */
    public SettingsAdministrationImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addContribution(SettingContribution contribution) {
        contributions.add(contribution);
    }

    public void removeContribution(SettingContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public List<Setting> settings(AuthenticatedUser actor) throws AccountException {
        Map<String, SettingDescriptor> described = described();
        return AdministrativeChange.read(store, actor, (tx, model) -> {
            List<Setting> settings = new ArrayList<>();
            for (SettingDescriptor descriptor : described.values()) {
                settings.add(new Setting(descriptor, stored(tx, model, descriptor.key())));
            }
            settings.sort(ORDER);
            return settings;
        });
    }

    @Override
    public List<SettingDescriptor> descriptors() {
        return List.copyOf(described().values());
    }

    @Override
    public Setting setting(AuthenticatedUser actor, String key) throws AccountException {
        SettingDescriptor descriptor = descriptor(described(), key);
        return AdministrativeChange.read(store, actor, (tx, model) -> new Setting(descriptor, stored(tx, model, descriptor.key())));
    }

    @Override
    public List<String> change(AuthenticatedUser actor, Map<String, String> changes) throws AccountException {
        Map<String, String> wanted = checked(changes);
        return AdministrativeChange.runForWholeInstallation(store, actor, (tx, model) -> write(tx, model, actor, wanted));
    }

    @Override
    public List<String> change(SecurityRules.Change change, Map<String, String> changes) throws AccountException {
        change.requireGlobal();
        Map<String, String> wanted = checked(changes);
        try {
            return write(change.transaction(), change.model(), change.actor(), wanted);
        } catch (SQLException | StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public Optional<String> problem(String key, String value) {
        Map<String, SettingDescriptor> described = described();
        SettingDescriptor descriptor = described.get(key);
        if (descriptor == null) {
            return Optional.of(unknown(described, key));
        }
        return problem(descriptor, normalized(descriptor, value));
    }

    @Override
    public Optional<String> checkProblem(String key, String value) {
        Map<String, SettingDescriptor> described = described();
        SettingDescriptor descriptor = described.get(key);
        return descriptor == null ? Optional.of(unknown(described, key)) : descriptor.check().problem(value == null ? "" : value.strip()); //$NON-NLS-1$
    }

    /** Why a normalized value cannot be set, as the refusal lists it: the setting's name and key, and what is expected. */
    private static Optional<String> problem(SettingDescriptor descriptor, String value) {
        Optional<String> problem = value.isEmpty() && !descriptor.readOnly() ? Optional.empty() : descriptor.problem(value);
        return problem.map(p -> NLS.bind(Messages.settingRefused, new Object[] { descriptor.label(), descriptor.key(), p }));
    }

    private static String normalized(SettingDescriptor descriptor, String value) {
        return descriptor.normalize(value == null ? "" : value); //$NON-NLS-1$
    }

    /**
     * The values to store by key, once every one is checked.
     *
     * @throws AccountException listing every unknown key and every value refused
     */
    private Map<String, String> checked(Map<String, String> changes) throws AccountException {
        Map<String, SettingDescriptor> described = described();
        Map<String, String> wanted = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            SettingDescriptor descriptor = described.get(change.getKey());
            if (descriptor == null) {
                problems.add(unknown(described, change.getKey()));
                continue;
            }
            String value = normalized(descriptor, change.getValue());
            problem(descriptor, value).ifPresent(problems::add);
            wanted.put(descriptor.key(), value);
        }
        if (!problems.isEmpty()) {
            throw new AccountException(NLS.bind(Messages.settingsRefused, "- " + String.join("\n- ", problems))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return wanted;
    }

    private List<String> write(Transaction tx, Installation model, AuthenticatedUser actor, Map<String, String> wanted)
            throws SQLException, StoreException, AccountException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> change : wanted.entrySet()) {
            String key = change.getKey();
            Optional<String> before = stored(tx, model, key);
            Optional<String> after = Optional.of(change.getValue()).filter(v -> !v.isEmpty());
            if (before.equals(after)) {
                continue;
            }
            if (key.equals(GuestAccess.SETTING)) {
                GuestAccess.set(store, tx, model, events, clock, actor, Boolean.parseBoolean(after.orElse("false"))); //$NON-NLS-1$
            } else {
                SettingsTable.write(tx, key, after.orElse(null));
            }
            EventPublisher.publish(store, tx, events, TOPIC_SETTING_CHANGED, "setting", key, "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                    "timestamp", clock.millis(), "before", before.orElse(""), "after", after.orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            changed.add(key);
        }
        for (SettingContribution contribution : contributions) {
            Set<String> own = contribution.settings().stream().map(SettingDescriptor::key).filter(changed::contains).collect(Collectors.toSet());
            if (!own.isEmpty()) {
                contribution.written(tx, own);
            }
        }
        return changed;
    }

    private static Optional<String> stored(Transaction tx, Installation model, String key) throws SQLException {
        if (key.equals(GuestAccess.SETTING)) {
            return Optional.of(Boolean.toString(GuestAccess.enabled(model)));
        }
        return SettingsTable.read(tx, key);
    }

    /** Every described setting by key; a key two concerns describe keeps the first description. */
    private Map<String, SettingDescriptor> described() {
        Map<String, SettingDescriptor> described = new TreeMap<>();
        for (SettingContribution contribution : contributions) {
            contribution.settings().forEach(d -> described.putIfAbsent(d.key(), d));
        }
        return described;
    }

    private static SettingDescriptor descriptor(Map<String, SettingDescriptor> described, String key) throws AccountException {
        SettingDescriptor descriptor = described.get(key);
        if (descriptor == null) {
            throw new AccountException(unknown(described, key));
        }
        return descriptor;
    }

    /** An unknown key, with the keys that share its first part (a misspelt ending), or all of them. */
    private static String unknown(Map<String, SettingDescriptor> described, String key) {
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key; //$NON-NLS-1$
        List<String> near = described.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        return NLS.bind(Messages.settingUnknown, key, String.join(", ", near.isEmpty() ? described.keySet() : near)); //$NON-NLS-1$
    }
}
