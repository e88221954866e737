package org.castellan.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


import org.castellan.directory.ConnectionReport;
import org.castellan.directory.DirectoryPerson;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.DirectorySettings;
import org.castellan.directory.GroupMapping;
import org.castellan.directory.SyncReport;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.DomainUsers;
import org.castellan.security.SecurityRules;
import org.castellan.security.DomainUsers.DirectoryEntry;
import org.castellan.security.DomainUsers.DirectoryState;
import org.castellan.security.DomainUsers.SyncResult;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionWork;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link DirectoryService} for administrators: the right is checked here, not in the command line or the editor. */
@Component(service = DirectoryService.class)
public final class DirectoryServiceImpl implements DirectoryService {

    private final CastellanStore store;
    private final AccessControl access;
    private final DomainUsers domainUsers;
    private final UserAdministration users;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DirectoryServiceImpl(@Reference CastellanStore store, @Reference AccessControl access, @Reference DomainUsers domainUsers,
            @Reference UserAdministration users) {
        this(store, access, domainUsers, users, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public DirectoryServiceImpl(CastellanStore store, AccessControl access, DomainUsers domainUsers, UserAdministration users, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.domainUsers = Objects.requireNonNull(domainUsers);
        this.users = Objects.requireNonNull(users);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DirectorySettings settings(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        try {
            return store.inTransaction(SettingsReading::read);
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public ConnectionReport testConnection(AuthenticatedUser actor, Optional<String> sampleLogin) throws AccountException {
        requireAdministrator(actor);
        Directory directory;
        try {
            directory = InstallationDirectory.of(store);
        } catch (StoreException | IOException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, DirectoryAnswer.reason(e)), e);
        }
        try {
            return directory.test(sampleLogin.map(String::strip).filter(s -> !s.isEmpty()));
        } finally {
            directory.forget();
        }
    }

    @Override
    public void setServicePassword(AuthenticatedUser actor, char[] password) throws AccountException {
        requireAdministrator(actor);
        ServicePasswordFile file = new ServicePasswordFile(folder());
        try {
            store.inTransaction(tx -> {
                // journaled first, so that a file that cannot be written rolls the journal back
                JournaledEvents.publish(store, tx, () -> events, TOPIC_SERVICE_PASSWORD_CHANGED, "actor", actor.login(), //$NON-NLS-1$
                        "timestamp", clock.millis(), "set", password.length > 0); //$NON-NLS-1$ //$NON-NLS-2$
                try {
                    file.write(password);
                } catch (IOException e) {
                    throw new StoreException(StoreException.Problem.READ_ONLY, NLS.bind(Messages.servicePasswordUnwritable, DirectoryAnswer.reason(e)), e);
                }
                return null;
            });
        } catch (StoreException e) {
            throw new AccountException(e.getMessage(), e);
        }
    }

    @Override
    public boolean servicePasswordSet(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        try {
            Optional<char[]> password = new ServicePasswordFile(folder()).read();
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
            return password.isPresent();
        } catch (IOException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, DirectoryAnswer.reason(e)), e);
        }
    }

    @Override
    public List<GroupMapping> mappings(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        return inStore(GroupMappingRows::read);
    }

    @Override
    public void addMapping(AuthenticatedUser actor, GroupMapping mapping) throws AccountException {
        changeMappings(actor, List.of(), List.of(mapping));
    }

    @Override
    public void removeMapping(AuthenticatedUser actor, GroupMapping mapping) throws AccountException {
        changeMappings(actor, List.of(mapping), List.of());
    }

    @Override
    public void changeMappings(AuthenticatedUser actor, List<GroupMapping> removed, List<GroupMapping> added) throws AccountException {
        requireAdministrator(actor);
        List<GroupMapping> toAdd = checkedLines(added);
        Optional<String> unknown = domainUsers.unknownGroup(toAdd.stream().map(GroupMapping::castellanGroup).distinct().toList());
        if (unknown.isPresent()) {
            throw new AccountException(NLS.bind(Messages.mappingUnknownGroup, unknown.get()));
        }
        refuseIfSaid(inStore(tx -> writeMappings(tx, actor, removed, toAdd)));
    }

    @Override
    public List<GroupMapping> mappings(Transaction tx) throws AccountException {
        try {
            return GroupMappingRows.read(tx);
        } catch (SQLException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public void changeMappings(SecurityRules.Change change, List<GroupMapping> removed, List<GroupMapping> added) throws AccountException {
        List<GroupMapping> toAdd = checkedLines(added);
        Set<String> groups = change.model().getGroups().stream().map(org.castellan.model.Group::getName).collect(Collectors.toSet());
        Optional<String> unknown = toAdd.stream().map(GroupMapping::castellanGroup).filter(g -> !groups.contains(g)).findFirst();
        if (unknown.isPresent()) {
            throw new AccountException(NLS.bind(Messages.mappingUnknownGroup, unknown.get()));
        }
        try {
            refuseIfSaid(writeMappings(change.transaction(), change.actor(), removed, toAdd));
        } catch (SQLException | StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** The lines to add, stripped, each a DN: the first that is not one refused. */
    private static List<GroupMapping> checkedLines(List<GroupMapping> added) throws AccountException {
        List<GroupMapping> lines = added.stream().map(DirectoryServiceImpl::stripped).toList();
        for (GroupMapping line : lines) {
            Optional<String> problem = line.directoryGroup().isEmpty() ? Optional.of(NLS.bind(Messages.dnInvalid, line.directoryGroup()))
                    : DirectorySettingsContribution.dnProblem(line.directoryGroup());
            if (problem.isPresent()) {
                throw new AccountException(problem.get());
            }
        }
        return lines;
    }

    /**
     * Removes, then adds, each line journaled; a line missing or there already is the refusal
     * returned, found before the first row is written, so that the transaction changes nothing.
     */
    private Optional<String> writeMappings(Transaction tx, AuthenticatedUser actor, List<GroupMapping> removed, List<GroupMapping> toAdd)
            throws SQLException, StoreException {
        List<GroupMapping> lines = new ArrayList<>(GroupMappingRows.read(tx));
        List<GroupMapping> storedRemoved = new ArrayList<>();
        for (GroupMapping line : removed.stream().map(DirectoryServiceImpl::stripped).toList()) {
            Optional<GroupMapping> stored = GroupMappingRows.find(lines, line);
            if (stored.isEmpty()) {
                return Optional.of(NLS.bind(Messages.mappingMissing, line));
            }
            lines.remove(stored.get());
            storedRemoved.add(stored.get());
        }
        for (GroupMapping line : toAdd) {
            if (GroupMappingRows.find(lines, line).isPresent()) {
                return Optional.of(NLS.bind(Messages.mappingExists, line));
            }
            lines.add(line);
        }
        for (GroupMapping line : storedRemoved) {
            GroupMappingRows.remove(tx, line);
            journalMapping(tx, actor, line.toString(), ""); //$NON-NLS-1$
        }
        for (GroupMapping line : toAdd) {
            GroupMappingRows.add(tx, line);
            journalMapping(tx, actor, "", line.toString()); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    private static GroupMapping stripped(GroupMapping mapping) {
        return new GroupMapping(mapping.directoryGroup().strip(), mapping.castellanGroup().strip());
    }

    /** A line added (before empty) or removed (after empty), journaled in the change's transaction. */
    private void journalMapping(Transaction tx, AuthenticatedUser actor, String before, String after) throws StoreException {
        JournaledEvents.publish(store, tx, () -> events, TOPIC_MAPPING_CHANGED, "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$
                "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Work in one transaction; the store's failure comes out as the account service's. */
    private <T> T inStore(TransactionWork<T> work) throws AccountException {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** A refusal found in a transaction (which then changed nothing), thrown once it has ended. */
    private static void refuseIfSaid(Optional<String> refusal) throws AccountException {
        if (refusal.isPresent()) {
            throw new AccountException(refusal.get());
        }
    }

    @Override
    public SyncReport synchronize(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        List<String> logins = domainUsers.domainLogins(actor);
        List<String> errors = new ArrayList<>();
        Directory directory = directory();
        Map<String, DirectoryState> states;
        try {
            states = directory.asService(connection -> DirectorySync.read(connection, directory.settings(), logins, errors));
        } finally {
            directory.forget();
        }
        if (!logins.isEmpty() && states.values().stream().noneMatch(DirectoryState::found)) {
            // more likely a wrong base DN or filter than every domain user gone at once
            throw new AccountException(NLS.bind(Messages.syncNoneFound, logins.size(), directory.settings().baseDn()));
        }
        SyncResult result = domainUsers.synchronize(actor, states, errors);
        return new SyncReport(result.checked(), result.updated(), result.disabled(), result.errors());
    }

    @Override
    public List<DirectoryPerson> search(AuthenticatedUser actor, String text) throws AccountException {
        requireAdministrator(actor);
        String typed = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (typed.isEmpty()) {
            throw new AccountException(Messages.searchEmpty);
        }
        Set<String> existing = users.users(actor).stream().map(u -> u.login().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Directory directory = directory();
        try {
            return directory.asService(connection -> DirectoryUsers.search(connection, directory.settings(), typed, SEARCH_LIMIT)).stream()
                    .map(p -> new DirectoryPerson(p.login(), p.name(), p.mail(), existing.contains(p.login().toLowerCase(Locale.ROOT))))
                    .sorted(Comparator.comparing(DirectoryPerson::login, String.CASE_INSENSITIVE_ORDER)).toList();
        } finally {
            directory.forget();
        }
    }

    @Override
    public List<String> importUsers(AuthenticatedUser actor, List<String> logins, int authorizationLevel) throws AccountException {
        requireAdministrator(actor);
        List<String> wanted = logins.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            throw new AccountException(Messages.importNothing);
        }
        Directory directory = directory();
        List<DirectoryEntry> entries;
        try {
            entries = directory.asService(connection -> DirectorySync.entries(connection, directory.settings(), wanted));
        } finally {
            directory.forget();
        }
        List<String> missing = DirectorySync.missing(wanted, entries);
        if (!missing.isEmpty()) {
            throw new AccountException(NLS.bind(Messages.importNotFound, String.join(", ", missing), directory.settings().baseDn())); //$NON-NLS-1$
        }
        return domainUsers.createFromDirectory(actor, entries, authorizationLevel).stream().map(AuthenticatedUser::login).toList();
    }

    private Directory directory() throws AccountException {
        try {
            return InstallationDirectory.of(store);
        } catch (StoreException | IOException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, DirectoryAnswer.reason(e)), e);
        }
    }

    /** The password lives where the database credentials do: on the workstation that holds the installation. */
    private Path folder() throws AccountException {
        return store.folder().orElseThrow(() -> new AccountException(Messages.noInstallationFolder));
    }

    private void requireAdministrator(AuthenticatedUser actor) throws AccountException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator);
        }
    }
}
