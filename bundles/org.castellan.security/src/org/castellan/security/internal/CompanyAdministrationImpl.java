package org.castellan.security.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Company;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.SecurityRules;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link CompanyAdministration} on the installation's model, one transaction per change. */
@Component(service = CompanyAdministration.class)
public final class CompanyAdministrationImpl implements CompanyAdministration {

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public CompanyAdministrationImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public CompanyAdministrationImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<CompanyView> companies() throws AccountException {
        return AdministrativeChange.withoutModel(store, tx -> TableParts.of(store, tx, "SELECT id FROM companies ORDER BY position", Set.of()).stream() //$NON-NLS-1$
                .flatMap(part -> part.getCompanies().stream()).map(c -> new CompanyView(c.getCode(), c.getName(), c.isArchived(), c.getVersion()))
                .toList());
    }

    @Override
    public void createCompany(AuthenticatedUser actor, String code, String name) throws AccountException {
        String wanted = SecurityRules.checkCompanyCode(code);
        String named = SecurityRules.checkCompanyName(name);
        AdministrativeChange.run(store, actor, (tx, model) -> {
            SecurityRules.checkCompanyCodeFree(model.getCompanies().stream().map(Company::getCode).toList(), wanted);
            Company company = CastellanFactory.eINSTANCE.createCompany();
            company.setCode(wanted);
            company.setName(named);
            model.getCompanies().add(company);
            store.model().insert(tx, company);
            publish(tx, actor, wanted, "created", List.of(), describe(company)); //$NON-NLS-1$
            return null;
        });
    }

    @Override
    public boolean renameCompany(AuthenticatedUser actor, String code, String newName) throws AccountException {
        String named = SecurityRules.checkCompanyName(newName);
        return AdministrativeChange.run(store, actor, (tx, model) -> {
            Company company = Lookups.company(model, code);
            if (company.getName().equals(named)) {
                return false;
            }
            List<String> before = describe(company);
            company.setName(named);
            store.model().update(tx, company);
            publish(tx, actor, company.getCode(), "renamed", before, describe(company)); //$NON-NLS-1$
            return true;
        });
    }

    @Override
    public boolean setArchived(AuthenticatedUser actor, String code, boolean archived) throws AccountException {
        return AdministrativeChange.run(store, actor, (tx, model) -> {
            Company company = Lookups.company(model, code);
            if (company.isArchived() == archived) {
                return false;
            }
            List<String> before = describe(company);
            company.setArchived(archived);
            store.model().update(tx, company);
            publish(tx, actor, company.getCode(), archived ? "archived" : "reactivated", before, describe(company)); //$NON-NLS-1$ //$NON-NLS-2$
            return true;
        });
    }

    @Override
    public CompanyScope scopeOf(AuthenticatedUser actor, String login) throws AccountException {
        return AdministrativeChange.read(store, actor, (tx, model) -> UserScopes.of(Lookups.user(model, login)));
    }

    @Override
    public boolean setScope(AuthenticatedUser actor, String login, CompanyScope scope) throws AccountException {
        Objects.requireNonNull(scope);
        return AdministrativeChange.run(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            List<String> before = UserScopes.describe(UserScopes.of(user));
            if (!UserScopes.apply(model, actor, user, scope)) {
                return false;
            }
            store.model().update(tx, user);
            EventPublisher.publish(store, tx, events, UserAdministration.TOPIC_USER_CHANGED, "login", user.getLogin(), "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                    "timestamp", clock.millis(), "before", before.toArray(String[]::new), //$NON-NLS-1$ //$NON-NLS-2$
                    "after", UserScopes.describe(UserScopes.of(user)).toArray(String[]::new)); //$NON-NLS-1$
            return true;
        });
    }

    @Override
    public List<CompanyView> companiesFor(AuthenticatedUser user) throws AccountException {
        Objects.requireNonNull(user);
        return AdministrativeChange.inTransaction(store, (tx, model) -> {
            User known = Lookups.user(model, user.login());
            Set<String> allowed = UserScopes.of(known).worksIn();
            return model.getCompanies().stream().filter(c -> !c.isArchived())
                    .filter(c -> allowed.isEmpty() || allowed.contains(c.getCode()))
                    .map(c -> new CompanyView(c.getCode(), c.getName(), c.isArchived(), c.getVersion())).toList();
        });
    }

    private void publish(Transaction tx, AuthenticatedUser actor, String code, String change, List<String> before, List<String> after)
            throws StoreException {
        EventPublisher.publish(store, tx, events, TOPIC_COMPANY_CHANGED, "company", code, "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                "timestamp", clock.millis(), "change", change, "before", before.toArray(String[]::new), "after", after.toArray(String[]::new)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The company as its change events show it. */
    private static List<String> describe(Company company) {
        return List.of("name: " + company.getName(), "archived: " + company.isArchived()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
