package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/** The accounts service as the workbench gets it: a DS component on the opened store, publishing events. */
class AccountServiceComponentTest {

    @TempDir
    Path dir;

    @Test
    void theServiceAppearsWithTheStoreAndPublishesLogins() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AccountServiceComponentTest.class).getBundleContext();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "org/castellan/security/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(context, AccountService.class, null);
        tracker.open();
        try (CastellanStore store = CastellanStore.create(dir.resolve("ds"), NewInstallation.unencrypted("DS"))) {
            ServiceRegistration<CastellanStore> registration = context.registerService(CastellanStore.class, store, null);
            try {
                AccountService accounts = tracker.waitForService(30_000);
                assertNotNull(accounts, "the accounts component activates once a store is registered");

                accounts.createFirstAdministrator("admin", null, "Pharma-2026x".toCharArray());
                assertEquals(AccountService.TOPIC_ADMINISTRATOR_CREATED, events.poll(30, TimeUnit.SECONDS).getTopic());
                assertThrows(AccountException.class, () -> accounts.authenticate("admin", "nope".toCharArray()));
                Event failure = events.poll(30, TimeUnit.SECONDS);
                assertEquals(AccountService.TOPIC_LOGIN_FAILED, failure.getTopic());
                assertEquals("admin", failure.getProperty("login"));
                assertEquals("wrong password", failure.getProperty("reason"));
                accounts.authenticate("admin", "Pharma-2026x".toCharArray());
                assertEquals(AccountService.TOPIC_LOGIN_SUCCEEDED, events.poll(30, TimeUnit.SECONDS).getTopic());
            } finally {
                registration.unregister();
            }
        } finally {
            tracker.close();
            handler.unregister();
        }
    }
}
