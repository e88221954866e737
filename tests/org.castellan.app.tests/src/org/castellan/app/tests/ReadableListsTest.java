package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.ui.internal.ActiveSessionsView;
import org.castellan.sessions.ui.internal.SessionsPerspective;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's smaller defects, as the views show them: the users list in the natural order of
 * logins (c2 before c10), not in creation order; a ban planned for another day shows its date as
 * its start, not the time alone.
 */
class ReadableListsTest {

    private static final String PASSWORD = "Comptoir-2026!";

    @TempDir
    Path temp;

    @Test
    void theUsersViewListsLoginsInNaturalOrder() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            UserAdministration users = Installations.service(UserAdministration.class);
            for (String login : List.of("c10", "c2", "bob", "c1", "c100")) { // creation order
                users.createUser(loggedIn.user(), new NewUser(login, "Clerk " + login, null, false, false, 1, PASSWORD.toCharArray()));
            }
            IWorkbenchWindow window = Ui.window();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                Tree tree = UsersViews.shown(page).viewer().getTree();
                List<String> made = List.of("bob", "c1", "c2", "c10", "c100");
                List<String> shown = Arrays.stream(tree.getItems()).flatMap(section -> Arrays.stream(section.getItems())).map(item -> item.getText(0))
                        .filter(made::contains).toList();
                assertEquals(made, shown, "the users, top to bottom");
                Screenshots.of(window.getShell(), "users-natural-order");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    @Test
    void aBanPlannedForAnotherDayShowsItsDate() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("accounting"), "Cabinet Martin")) {
            ZoneId zone = ZoneId.systemDefault();
            Instant tomorrow = LocalDate.now(zone).plusDays(1).atTime(9, 30).atZone(zone).toInstant();
            Installations.service(SessionRegistry.class).block(loggedIn.user(),
                    new BanRequest(Ban.ALL_COMPANIES, tomorrow, tomorrow.plus(Duration.ofHours(2)), "Inventory"));
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SessionsPerspective.ID, window);
            try {
                ActiveSessionsView view = (ActiveSessionsView) page.showView(ActiveSessionsView.ID);
                String expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(zone).format(tomorrow);
                assertTrue(Ui.waitFor(display, 5000, () -> {
                    view.refresh();
                    return view.viewer().getElementAt(0) instanceof Ban;
                }), "the planned ban is listed");
                Table table = view.viewer().getTable();
                assertEquals(expected, table.getItem(0).getText(0), "the ban's start, with its date");
                Screenshots.of(window.getShell(), "planned-ban-with-date");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }
}
