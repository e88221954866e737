package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.castellan.sessions.BanRequest;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.store.ChangeJournal;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.junit.jupiter.api.Test;

/**
 * Session openings, closings and refused logins are journaled in the transaction that makes them,
 * before anything is posted, and a journal that cannot be written fails the change (the audit
 * issue's rule; the real journal is tested in the audit bundle).
 */
class JournaledSessionEventsTest extends RegistryFixture {

    /** What reached the installation's journal, and whether it refuses the next row. */
    private final List<String> journaled = new ArrayList<>();
    private boolean refuse;

    JournaledSessionEventsTest() {
        super(10, 0);
    }

    private void installJournal() {
        installation.store.journalTo(new ChangeJournal() {
            @Override
            public void record(Transaction tx, String topic, Map<String, ?> properties) throws StoreException {
                if (refuse) {
                    throw new StoreException(StoreException.Problem.DATABASE_ERROR, "the journal's disk is full");
                }
                journaled.add(topic.equals(SessionRegistry.TOPIC_BAN_SET) ? topic : topic + " " + properties.get("login"));
            }

            @Override
            public void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) {
                // no rights change here
            }
        });
    }

    @Test
    void openingsClosingsAndRefusalsAreJournaledAndAnUnwritableJournalFailsTheLogin() throws Exception {
        installJournal();
        SessionInfo clerk = registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        registry.close(clerk.id(), "log-out");
        registry.block(installation.admin, new BanRequest("ACME", database.instant(), database.instant().plusSeconds(3600), "inventory"));
        assertThrows(LoginRefusedException.class, () -> registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false));
        assertEquals(List.of(SessionRegistry.TOPIC_OPENED + " clerk", SessionRegistry.TOPIC_CLOSED + " clerk",
                SessionRegistry.TOPIC_BAN_SET, SessionRegistry.TOPIC_LOGIN_REFUSED + " clerk"), journaled);

        refuse = true;
        int posted = installation.events.size();
        SessionException failed = assertThrows(SessionException.class,
                () -> registry.open(installation.admin, null, SessionRegistryTest.OFFICE, false));
        assertTrue(failed.getMessage().contains("the journal's disk is full"), failed.getMessage());
        assertEquals(0, installation.count("sessions"), "no session without its journal row");
        assertEquals(posted, installation.events.size(), "nothing announced");
    }
}
