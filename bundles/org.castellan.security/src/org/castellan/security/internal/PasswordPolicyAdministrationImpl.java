package org.castellan.security.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.castellan.model.Group;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link PasswordPolicyAdministration} on the installation's settings. */
@Component(service = PasswordPolicyAdministration.class)
public final class PasswordPolicyAdministrationImpl implements PasswordPolicyAdministration {

    private static final String NO_POLICY = "none"; //$NON-NLS-1$

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public PasswordPolicyAdministrationImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public PasswordPolicyAdministrationImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PasswordPolicy installationPolicy() throws AccountException {
        return AdministrativeChange.withoutModel(store, PasswordPolicies::installation);
    }

    @Override
    public Optional<PasswordPolicy> groupPolicy(String groupName) throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> PasswordPolicies.group(tx, Lookups.group(model, groupName)));
    }

    @Override
    public PasswordPolicy policyFor(String login) throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> PasswordPolicies.forUser(tx, Lookups.user(model, login).getId()));
    }

    @Override
    public void setInstallationPolicy(AuthenticatedUser actor, PasswordPolicy policy) throws AccountException {
        Objects.requireNonNull(policy);
        AdministrativeChange.runForWholeInstallation(store, actor, (tx, model) -> {
            String old = PasswordPolicies.encode(PasswordPolicies.installation(tx));
            PasswordPolicies.setInstallation(tx, policy);
            publish(tx, actor, "installation", old, PasswordPolicies.encode(policy)); //$NON-NLS-1$
            return null;
        });
    }

    @Override
    public void setGroupPolicy(AuthenticatedUser actor, String groupName, Optional<PasswordPolicy> policy) throws AccountException {
        AdministrativeChange.runForWholeInstallation(store, actor, (tx, model) -> {
            Group group = Lookups.group(model, groupName);
            String old = PasswordPolicies.group(tx, group).map(PasswordPolicies::encode).orElse(NO_POLICY);
            PasswordPolicies.setGroup(tx, group, policy.orElse(null));
            publish(tx, actor, groupName, old, policy.map(PasswordPolicies::encode).orElse(NO_POLICY));
            return null;
        });
    }

    private void publish(Transaction tx, AuthenticatedUser actor, String scope, String before, String after) throws StoreException {
        EventPublisher.publish(store, tx, events, TOPIC_POLICY_CHANGED, "scope", scope, "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "before", before, "after", after); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
