package org.castellan.config.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.castellan.config.ConfigurationAsCode;
import org.castellan.config.ConfigurationChange;
import org.castellan.config.ConfigurationException;
import org.castellan.directory.DirectoryService;
import org.castellan.config.ConfigurationException.Problem;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionState;
import org.castellan.model.Installation;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.security.Seats;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionRefusal;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link ConfigurationAsCode} on the opened installation: reads and writes its model, settings,
 * menu overrides, object permissions and data rights in one transaction, through the rules of the
 * security, settings, menu and data-rights services.
 */
@Component(service = ConfigurationAsCode.class)
public final class ConfigurationAsCodeImpl implements ConfigurationAsCode {

    private final CastellanStore store;
    private final SettingsAdministration settings;
    private final MenuLevels menu;
    private final DataRightsAdministration dataRights;
    private final DirectoryService directory;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store and the services whose rules apply. */
    @Activate
    public ConfigurationAsCodeImpl(@Reference CastellanStore store, @Reference SettingsAdministration settings, @Reference MenuLevels menu,
            @Reference DataRightsAdministration dataRights, @Reference DirectoryService directory) {
        this(store, settings, menu, dataRights, directory, Clock.systemUTC());
    }

    /** For headless programs and tests that have the services at hand. */
    public ConfigurationAsCodeImpl(CastellanStore store, SettingsAdministration settings, MenuLevels menu, DataRightsAdministration dataRights,
            DirectoryService directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory);
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.menu = Objects.requireNonNull(menu);
        this.dataRights = Objects.requireNonNull(dataRights);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String export(AuthenticatedUser actor) throws ConfigurationException {
        List<SettingDescriptor> described = described();
        MenuDefinition definition = definition();
        String name = installationName();
        return inTransaction(tx -> {
            Installation model = store.model().load(tx);
            SecurityRules.requireAdministrator(model, actor);
            Configuration current = current(tx, model, described);
            Map<String, String> labels = new TreeMap<>();
            definition.options().forEach(state -> labels.put(state.option().id(), label(state)));
            return TextWriter.write(current, name, new TextWriter.Documentation(described, labels));
        });
    }

    /** An option as the text names it: its menu and label. */
    private static String label(OptionState state) {
        return state.option().menu() + " > " + state.option().label(); //$NON-NLS-1$
    }

    @Override
    public Outcome apply(AuthenticatedUser actor, String text, boolean dryRun) throws ConfigurationException {
        List<SettingDescriptor> described = described();
        // read before the transaction: reading it through another one would wait on the locks of this one's writes
        MenuDefinition definition = definition();
        try {
            return inTransaction(tx -> {
                SecurityRules.Change change = SecurityRules.beginChange(store, tx, actor); // anyone but an administrator refused before the text is read
                change.requireGlobal();
                TextReader.Result read = TextReader.read(text);
                if (!read.readable()) {
                    throw refused(read.problems());
                }
                Configuration current = current(tx, change.model(), described);
                List<Problem> problems = problems(read, current, change, tx);
                if (!problems.isEmpty()) {
                    throw refused(problems);
                }
                StoredForm.apply(read.configuration(), described, definition);
                Plan plan = Plan.of(current, read.configuration());
                List<ConfigurationChange> changes = plan.changes();
                if (changes.isEmpty()) {
                    return new Outcome(List.of(), false, List.of());
                }
                Outcome outcome = new Outcome(changes, !dryRun, write(change, plan, changes, definition, digest(text)));
                if (dryRun) {
                    throw new DryRun(outcome); // rolls back what was written to check it
                }
                return outcome;
            });
        } catch (DryRun dry) {
            return dry.outcome;
        }
    }

    /** Whether the dimension has the member among its registered rows (the model holds no members), flagged missing ones not counting. */
    private boolean registered(Transaction tx, org.castellan.model.Dimension dimension, String uniqueName) {
        try {
            org.castellan.store.MemberRow row = store.members().find(tx, dimension.getId(), Set.of(uniqueName)).get(uniqueName);
            return row != null && !row.missing();
        } catch (org.castellan.store.StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every problem of the text, its shape's first, then its values' on entries whose shape is sound. */
    private List<Problem> problems(TextReader.Result read, Configuration current, SecurityRules.Change change, Transaction tx)
            throws SQLException, MenuException {
        List<Problem> problems = new ArrayList<>(read.problems());
        Set<Integer> wrongLines = new HashSet<>();
        read.problems().forEach(p -> wrongLines.add(p.line()));
        for (Problem problem : Validation.check(change.model(), current, read.configuration(), settings, menu, SecurityRules.domainCharacters(tx),
                (dimension, uniqueName) -> registered(tx, dimension, uniqueName))) {
            if (!wrongLines.contains(problem.line())) {
                problems.add(problem);
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /**
     * Makes every change in the change's transaction and journals it, then has the whole checked.
     *
     * @return the logins of the users created
     */
    private List<String> write(SecurityRules.Change change, Plan plan, List<ConfigurationChange> changes, MenuDefinition definition, String digest)
            throws AccountException, MenuException, DataRightsException, StoreException, SQLException {
        Transaction tx = change.transaction();
        Seats seats = SecurityRules.seats(tx);
        Map<String, String> settingValues = new LinkedHashMap<>();
        boolean menuChanged = false;
        for (ConfigurationChange c : changes) {
            if (c.section().equals(Section.SETTINGS.key())) {
                Entry entry = plan.target().entry(Section.SETTINGS, c.key());
                settingValues.put(c.key(), entry == null || entry.text(Section.VALUE) == null ? "" : entry.text(Section.VALUE)); //$NON-NLS-1$
            }
            menuChanged |= c.section().equals(Section.MENU.key());
        }
        if (!settingValues.isEmpty()) {
            settings.change(change, settingValues); // first: seats and domain characters as the text sets them
        }
        Application.Written written = Application.apply(store, change, plan.target(), changes, Date.from(clock.instant()));
        // after the groups are created, before those left out are removed (validation kept every mapped group)
        DirectoryGroupEntries.apply(directory, change, plan, changes);
        GrantApplication.apply(dataRights, change, plan.target(), changes);
        written.removeLeftOut();
        if (menuChanged) {
            List<LevelChange> overrides = new ArrayList<>();
            for (Entry entry : plan.target().entries(Section.MENU).values()) {
                overrides.add(MenuEntries.change(entry, definition.declared(entry.key()), Optional.ofNullable(entry.text("scope")).flatMap(MenuEntries::scope))); //$NON-NLS-1$
            }
            menu.replaceOverrides(change, overrides);
        }
        SecurityRules.checkSeatsAfter(tx, seats);
        new AppliedChangesJournal(store, tx, () -> events, change.actor().login(), clock.millis()).record(changes, digest);
        change.finish();
        return written.created();
    }

    /** The configuration the installation holds, read in {@code tx}. */
    private Configuration current(Transaction tx, Installation model, List<SettingDescriptor> described)
            throws SQLException, MenuException, AccountException {
        Map<String, String> stored = new TreeMap<>();
        for (SettingDescriptor descriptor : described) {
            Optional<String> value = SettingsTable.read(tx, descriptor.key());
            value.ifPresent(v -> stored.put(descriptor.key(), v));
        }
        return CurrentConfiguration.of(model, stored, menu.overrides(tx), directory.mappings(tx));
    }

    /** The settings a text may set: every one administrators may change but guest access, which is the guest's account. */
    private List<SettingDescriptor> described() {
        List<SettingDescriptor> described = new ArrayList<>();
        for (SettingDescriptor descriptor : settings.descriptors()) {
            if (!descriptor.readOnly() && !descriptor.key().equals(UserAdministration.SETTING_GUEST_ACCESS)) {
                described.add(descriptor);
            }
        }
        return described;
    }

    private MenuDefinition definition() throws ConfigurationException {
        try {
            return menu.definition();
        } catch (MenuException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private String installationName() throws ConfigurationException {
        try {
            return Objects.requireNonNullElse(store.installationName(), ""); //$NON-NLS-1$
        } catch (StoreException e) {
            throw new ConfigurationException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    private static ConfigurationException refused(List<Problem> problems) {
        StringBuilder message = new StringBuilder(NLS.bind(Messages.textRefused, problems.size()));
        for (Problem problem : problems) {
            message.append('\n').append(problem.line() > 0 ? NLS.bind(Messages.problemOnLine, problem.line(), problem.message()) : problem.message());
        }
        return new ConfigurationException(message.toString(), problems, null);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Transaction tx) throws SQLException, StoreException, AccountException, MenuException, DataRightsException, ConfigurationException;
    }

    /** Runs {@code work} in one transaction; a refusal rolls it back and becomes a {@link ConfigurationException}. */
    private <T> T inTransaction(Work<T> work) throws ConfigurationException {
        try {
            return store.inTransaction(tx -> {
                try {
                    return work.run(tx);
                } catch (AccountException | MenuException | DataRightsException e) {
                    throw new TransactionRefusal(new ConfigurationException(NLS.bind(Messages.ruleRefused, e.getMessage()), e));
                } catch (ConfigurationException e) {
                    throw new TransactionRefusal(e);
                }
            });
        } catch (TransactionRefusal r) {
            throw r.refusal(ConfigurationException.class);
        } catch (StoreException e) {
            throw new ConfigurationException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** Carries a dry run's outcome out of its transaction, rolling back what was written to check it. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        DryRun(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
