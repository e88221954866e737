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
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.GroupsView;
import org.castellan.security.ui.internal.views.SecurityView;
import org.castellan.store.CastellanStore;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups view of an installation with more groups than it lists at once: the first page, a
 * line under it saying how to find the others, and the filter box asking the services.
 */
class LongGroupListTest {

    private static final int GROUPS = GroupsView.PAGE + 20;

    @TempDir
    Path temp;

    @Test
    void theGroupsViewListsAPageAndTheFilterFindsTheOthers() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("chain"), "Retail chain")) {
            addGroups();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                GroupsView view = (GroupsView) page.showView(GroupsView.ID);
                view.refresh();
                Ui.settle(display, 200);
                Tree tree = view.viewer().getTree();
                assertEquals(GroupsView.PAGE, tree.getItemCount());
                assertEquals("Shop 0", tree.getItem(0).getText(0));
                Label summary = Ui.named(tree.getParent(), Label.class, SecurityView.SUMMARY);
                assertEquals("Groups: " + GROUPS, summary.getText());
                Label hint = Ui.named(tree.getParent(), Label.class, SecurityView.PAGE_HINT);
                assertTrue(hint.isVisible());
                assertEquals("Only the first " + GroupsView.PAGE + " are listed: type in the filter to find the others.", hint.getText());
                Screenshots.of(window.getShell(), "groups-first-page");

                // Shop 519 comes last in natural order: not on the first page
                Ui.type(Ui.named(tree.getParent(), Text.class, SecurityView.FILTER), "shop 519");
                assertTrue(Ui.waitFor(display, 10_000, () -> tree.getItemCount() == 1), tree.getItemCount() + " rows");
                assertEquals(List.of("Shop 519"), Arrays.stream(tree.getItems()).map(item -> item.getText(0)).toList());
                assertFalse(hint.isVisible(), "every match listed: no line under the list");

                Ui.type(Ui.named(tree.getParent(), Text.class, SecurityView.FILTER), "");
                assertTrue(Ui.waitFor(display, 10_000, () -> tree.getItemCount() == GroupsView.PAGE), "the first page again");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** Groups written in one transaction, as an import would. */
    private static void addGroups() throws Exception {
        CastellanStore store = Services.get(CastellanStore.class);
        Installation model = store.model().load();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            Group group = CastellanFactory.eINSTANCE.createGroup();
            group.setName("Shop " + i);
            model.getGroups().add(group);
            groups.add(group);
        }
        store.inTransaction(tx -> {
            store.model().insertAll(tx, groups);
            return null;
        });
    }
}
