package org.castellan.server.tests;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.castellan.audit.AuditJournal;
import org.castellan.datarights.DataRightsAccess;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.menu.MenuLevels;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Report;
import org.castellan.model.User;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.server.CastellanServer;
import org.castellan.server.RemoteCommands;
import org.castellan.server.DecisionServices;
import org.castellan.server.ServerOptions;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreRegistration;
import org.castellan.test.support.ModelParts;
import org.castellan.test.support.SettableClock;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventAdmin;

/**
 * A real installation (embedded Derby, the concerns' services through Declarative Services) served
 * by a real server on a loopback port, whose clock, and the session registry's, the test moves:
 * the administrator (level 9), a clerk (level 2, no role) and a cashier (level 2, role Cashier);
 * a Finance folder (the clerk: No access) holding a Balance report (the clerk: Edit); data models
 * Sales (granted to the clerk by a data right) and Stock (granted to nobody).
 */
final class ServerInstallation implements AutoCloseable {

    static final String PASSWORD = "Pharma-2026x";
    static final String CASH = "org.castellan.server.tests.cash";
    static final String REFUND = "org.castellan.server.tests.refund";
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);
    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    final Path folder;
    final SettableClock clock = SettableClock.at(LocalDateTime.of(2026, 11, 23, 9, 0), ZoneId.of("Europe/Paris"));
    final StoreRegistration registration;
    final SessionRegistryImpl sessions;
    final DecisionServices services;
    final AuthenticatedUser admin;
    final AuthenticatedUser clerk;
    CastellanServer server;
    Api api;
    private final ServerOptions options;
    /** The verbs {@code POST /api/v1/commands} handed on, with their user: the command line runs them in the product. */
    final List<String> commandsRun = new java.util.concurrent.CopyOnWriteArrayList<>();
    String financeId;
    String balanceId;
    String salesModelId;
    String stockModelId;

    ServerInstallation(Path dir) throws Exception {
        this(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0));
    }

    ServerInstallation(Path dir, ServerOptions options) throws Exception {
        this(dir, options, UnaryOperator.identity());
    }

    /** @param served what the server is given of the installation's account service (the service itself, seen through a gate) */
    ServerInstallation(Path dir, ServerOptions options, UnaryOperator<AccountService> served) throws Exception {
        folder = dir.resolve("installation");
        registration = StoreRegistration.publish(FrameworkUtil.getBundle(getClass()).getBundleContext(),
                CastellanStore.create(folder, NewInstallation.unencrypted("Server tests")));
        AccountService accounts = service(AccountService.class);
        admin = accounts.createFirstAdministrator("admin", "Anne Admin", PASSWORD.toCharArray());
        UserAdministration users = service(UserAdministration.class);
        clerk = users.createUser(admin, new NewUser("clerk", "Claire Clerk", null, false, false, 2, PASSWORD.toCharArray()));
        users.createUser(admin, new NewUser("cashier", "Carl Cashier", null, false, false, 2, PASSWORD.toCharArray()));
        service(RoleAdministration.class).assign(admin, "cashier", "Cashier");
        objectsAndModels();
        AccessControl access = service(AccessControl.class);
        sessions = new SessionRegistryImpl(registration.store(), access, clock, DatabaseTime.of(clock), service(EventAdmin.class));
        services = new DecisionServices(served.apply(accounts), sessions, access, service(MenuLevels.class), service(DataRightsAccess.class),
                service(AuditJournal.class));
        this.options = options;
        startServer();
    }

    private void startServer() throws Exception {
        server = CastellanServer.start(folder, services, (user, workstation, arguments, input, files) -> {
            commandsRun.add(user.login() + ": " + String.join(" ", arguments) + input.map(text -> " <" + text.length()).orElse(""));
            return new RemoteCommands.Outcome(arguments.contains("refused") ? 1 : 0, String.join(" ", arguments) + '\n', "");
        }, this::served, options, clock);
        api = new Api(server.certificate(), server.port());
    }

    /** Stops the server and starts another on the same installation, as a restart of {@code castellan server} does: it remembers nothing in memory. */
    void restartServer() throws Exception {
        server.close();
        startServer();
    }

    /** The installation's own service, as the command line's server hands it to client workstations' calls. */
    private java.util.Optional<?> served(Class<?> type) {
        try {
            return registration.awaitService(type, SERVICE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    <S> S service(Class<S> type) throws InterruptedException {
        return registration.awaitService(type, SERVICE_TIMEOUT).orElseThrow(() -> new AssertionError("no service " + type.getName()));
    }

    private void objectsAndModels() throws Exception {
        CastellanStore store = registration.store();
        store.inTransaction(tx -> {
            Installation model = store.model().load(tx);
            Report balance = F.createReport();
            balance.setName("Balance");
            Folder finance = F.createFolder();
            finance.setName("Finance");
            finance.getChildren().add(balance);
            model.getObjects().add(finance);
            store.model().insert(tx, finance);
            financeId = finance.getId();
            balanceId = balance.getId();
            return null;
        });
        Installation model = store.model().load();
        Folder finance = (Folder) model.getObjects().stream().filter(o -> o.getId().equals(financeId)).findFirst().orElseThrow();
        User clerkUser = model.getUsers().stream().filter(u -> u.getLogin().equals("clerk")).findFirst().orElseThrow();
        finance.getPermissions().add(ModelParts.permission(clerkUser, PermissionLevel.NO_ACCESS));
        finance.getChildren().get(0).getPermissions().add(ModelParts.permission(clerkUser, PermissionLevel.EDIT));
        DataRightsAdministration data = service(DataRightsAdministration.class);
        data.savePermissions(admin, List.of(finance, finance.getChildren().get(0)));

        salesModelId = data.saveModel(admin, dataModel("Sales"));
        stockModelId = data.saveModel(admin, dataModel("Stock"));
        Installation now = store.model().load();
        DataModelGrant grant = ModelParts.dataRight(null, "Counter sales",
                now.getDataModels().stream().filter(m -> m.getName().equals("Sales")).findFirst().orElseThrow(),
                now.getUsers().stream().filter(u -> u.getLogin().equals("clerk")).findFirst().orElseThrow());
        data.create(admin, (DataRight) grant.eContainer());
    }

    private static DataModel dataModel(String name) {
        DataModel model = ModelParts.dataModel(name);
        model.getMeasures().add(ModelParts.measure("[Measures].[Amount]", null));
        model.getDimensions().add(ModelParts.dimension("[Customer]", null, ModelParts.member("[Customer].[ACME]", null)));
        return model;
    }

    /** Changes an installation setting as an administrator does (the sessions' timeouts). */
    void setting(String name, String value) throws Exception {
        service(SettingsAdministration.class).change(admin, Map.of(name, value));
    }

    /** How many rows a table holds now. */
    int count(String table) throws StoreException {
        return registration.store().inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The details of the journal's rows on a topic, oldest first. */
    List<String> journaled(String topic) throws StoreException {
        return registration.store().inTransaction(tx -> {
            List<String> details = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT details FROM audit_journal WHERE topic = ? ORDER BY seq")) {
                ps.setString(1, topic);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        details.add(rs.getString(1));
                    }
                }
            }
            return details;
        });
    }

    /** Where the journal's last row on a topic says it came from: "workstation ip_address os_user". */
    String lastOrigin(String topic) throws StoreException {
        return registration.store().inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection()
                    .prepareStatement("SELECT workstation, ip_address, os_user FROM audit_journal WHERE topic = ? ORDER BY seq DESC FETCH FIRST ROW ONLY")) {
                ps.setString(1, topic);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) : "no row";
                }
            }
        });
    }

    @Override
    public void close() {
        server.close();
        registration.close();
    }
}
