package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.SecurityView;
import org.castellan.security.ui.internal.views.UsersView;
import org.castellan.store.CastellanStore;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users view of an installation with more users than it lists at once: the first page with a
 * heading that says how many there are and how to find the others, and the filter box asking the
 * services (not narrowing the page) until it is emptied again.
 */
class LongUserListTest {

    private static final int CLERKS = 520;

    @TempDir
    Path temp;

    @Test
    void theUsersViewListsAPageAndTheFilterFindsTheOthers() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("chain"), "Retail chain")) {
            addClerks();
            int internal = Installations.service(UserAdministration.class).users(loggedIn.user(), "", 1).matchingInternal();
            assertTrue(internal > UsersView.PAGE, internal + " users with a seat");
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                Tree tree = UsersViews.shown(page).viewer().getTree();
                TreeItem users = tree.getItem(0);
                assertEquals("Users (" + UsersView.PAGE + " of " + internal + ")", users.getText(0), "a short heading: the Login column is not widened by it");
                assertEquals(UsersView.PAGE, users.getItemCount());
                Label hint = Ui.named(tree.getParent(), Label.class, SecurityView.PAGE_HINT);
                assertTrue(hint.isVisible(), "the line under the list says how to find the others");
                assertEquals("Only the first " + UsersView.PAGE + " are listed: type in the filter to find the others.", hint.getText());
                int loginWidth = tree.getColumn(0).getWidth();
                assertTrue(loginWidth < tree.getColumn(1).getWidth() * 2, "the Login column as wide as its logins, not as a sentence: " + loginWidth);
                Screenshots.of(window.getShell(), "users-first-page");

                // clerk51 and clerk510 to clerk519: clerk519 is not on the first page (natural order puts it last)
                Ui.type(Ui.named(window.getShell(), Text.class, SecurityView.FILTER), "clerk51");
                assertTrue(Ui.waitFor(display, 10_000, () -> tree.getItem(0).getText(0).equals("Users (11)")), tree.getItem(0).getText(0));
                assertFalse(hint.isVisible(), "every match listed: no line under the list");
                List<String> found = Arrays.stream(tree.getItem(0).getItems()).map(item -> item.getText(0)).toList();
                assertEquals(List.of("clerk51", "clerk510", "clerk511", "clerk512", "clerk513", "clerk514", "clerk515", "clerk516", "clerk517",
                        "clerk518", "clerk519"), found);
                Screenshots.of(window.getShell(), "users-filtered-by-the-services");

                Ui.type(Ui.named(window.getShell(), Text.class, SecurityView.FILTER), "");
                assertTrue(Ui.waitFor(display, 10_000, () -> tree.getItem(0).getItemCount() == UsersView.PAGE), "the first page again");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** Clerks written in one transaction, as an import would (created one by one, each password's hash would take minutes). */
    private static void addClerks() throws Exception {
        CastellanStore store = Services.get(CastellanStore.class);
        Installation model = store.model().load();
        List<User> clerks = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            User clerk = CastellanFactory.eINSTANCE.createUser();
            clerk.setLogin("clerk" + i);
            clerk.setDisplayName("Clerk " + i);
            clerk.setAuthorizationLevel(1);
            model.getUsers().add(clerk);
            clerks.add(clerk);
        }
        store.inTransaction(tx -> {
            store.model().insertAll(tx, clerks);
            return null;
        });
    }
}
