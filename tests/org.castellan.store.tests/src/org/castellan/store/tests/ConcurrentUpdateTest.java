package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.store.CastellanStore;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.tests.support.Installations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two administrators saving the same object: the second gets a clear conflict, never an overwrite. */
class ConcurrentUpdateTest {

    @TempDir
    Path dir;

    private CastellanStore store;
    private Installation first;
    private Installation second;

    @BeforeEach
    void twoAdministratorsOpenTheSameRoles() throws Exception {
        store = Installations.createWithSample(dir.resolve("conflict"));
        first = store.model().load();
        second = store.model().load();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSecondSaveOfTheSameRoleIsRefusedAndChangesNothing() throws Exception {
        Role mine = first.getRoles().get(0);
        mine.setName("Owners");
        store.model().update(mine);

        Role theirs = second.getRoles().get(0);
        theirs.setName("Proprietors");
        theirs.getGrants().clear();
        StaleObjectException e = assertThrows(StaleObjectException.class, () -> store.model().update(theirs));

        assertEquals(Problem.CONFLICT, e.problem());
        assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
        assertTrue(e.getMessage().contains("reload"), e.getMessage());
        assertEquals(0L, theirs.getVersion(), "a refused save leaves the version as read");
        Role stored = store.model().load().getRoles().get(0);
        assertEquals("Owners", stored.getName());
        assertEquals(3, stored.getGrants().size(), "the refused save removed no grant");
    }

    @Test
    void savingAgainAfterReloadSucceeds() throws Exception {
        first.getRoles().get(0).setName("Owners");
        store.model().update(first.getRoles().get(0));
        Role reloaded = store.model().load().getRoles().get(0);
        reloaded.setName("Proprietors");
        store.model().update(reloaded);
        assertEquals("Proprietors", store.model().load().getRoles().get(0).getName());
        assertEquals(2L, reloaded.getVersion());
    }

    @Test
    void deletingAnObjectChangedMeanwhileIsRefused() throws Exception {
        first.getRoles().get(0).setDescription("changed");
        store.model().update(first.getRoles().get(0));
        assertThrows(StaleObjectException.class, () -> store.model().delete(second.getRoles().get(0)));
        assertEquals(2, store.model().load().getRoles().size());
    }

    @Test
    void savingAnObjectDeletedMeanwhileSaysItWasDeleted() throws Exception {
        store.model().delete(first.getRoles().get(1));
        Role theirs = second.getRoles().get(1);
        theirs.setName("Helpers");
        StaleObjectException e = assertThrows(StaleObjectException.class, () -> store.model().update(theirs));
        assertTrue(e.getMessage().contains("deleted by someone else"), e.getMessage());
    }

    @Test
    void aDuplicateNameIsRefusedWithoutSavingHalfOfTheChange() throws Exception {
        Role owner = first.getRoles().get(0);
        owner.setName("Assistant");
        owner.getGrants().clear();
        var e = assertThrows(org.castellan.store.StoreException.class, () -> store.model().update(owner));
        assertEquals(Problem.DUPLICATE, e.problem());
        Role stored = store.model().load().getRoles().get(0);
        assertEquals("Owner", stored.getName());
        assertEquals(3, stored.getGrants().size());
    }
}
