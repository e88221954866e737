package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.WorkbenchEntries;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEntry;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.UsersView;
import org.castellan.ui.Services;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the user goes is journaled: the perspective, the views, and the menu option (command) run, here Edit > Copy. */
class WorkbenchEntriesTest {

    private static final String LOG_OUT = "org.castellan.app.commands.logOut";

    @TempDir
    Path temp;

    @Test
    void perspectivesViewsAndCommandsAreJournaledForTheUserLoggedIn() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("entries"), "Entries")) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            AuditJournal journal = Services.get(AuditJournal.class);
            WorkbenchEntries entries = new WorkbenchEntries(() -> Optional.of(journal), loggedIn::user);
            entries.install(workbench);
            IWorkbenchPage page = null;
            try {
                page = workbench.showPerspective(SecurityPerspective.ID, window);
                UsersView users = (UsersView) page.showView(UsersView.ID);
                Tree tree = users.viewer().getTree();
                tree.setSelection(tree.getItem(0)); // the Users section: every row
                users.viewer().setSelection(users.viewer().getSelection());
                Ui.settle(window.getShell().getDisplay(), 100);
                window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
                List<JournalEntry> rows = journal.entries(Instant.EPOCH, Instant.now().plusSeconds(60));
                assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_ENTERED) && e.details().contains("kind=perspective")
                        && e.details().contains("id=" + SecurityPerspective.ID)), rows::toString);
                assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_ENTERED) && e.details().contains("kind=view")
                        && e.details().contains("label=Roles")), rows::toString);
                assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_ENTERED) && e.details().contains("kind=menu")
                        && e.details().contains("id=org.eclipse.ui.edit.copy") && "admin".equals(e.actor())), rows::toString);
                assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_COPIED) && e.details().contains("rows=2\n")),
                        rows::toString);
            } finally {
                entries.uninstall(workbench);
                if (page != null) {
                    page.closePerspective(page.getPerspective(), false, false);
                }
            }
        }
    }

    /** Log Out's handler returns once the next user is in (or nobody is): its entry is still the user's who ran it. */
    @Test
    void aCommandIsJournaledForTheUserWhoRanItWhoeverIsLoggedInWhenItEnds() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("log-out"), "Log out", null)) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            AuditJournal journal = Services.get(AuditJournal.class);
            AtomicReference<AuthenticatedUser> session = new AtomicReference<>(loggedIn.user());
            WorkbenchEntries entries = new WorkbenchEntries(() -> Optional.of(journal), session::get);
            Command logOut = workbench.getService(ICommandService.class).getCommand(LOG_OUT);
            entries.preExecute(LOG_OUT, new ExecutionEvent(logOut, Map.of(), null, null));
            session.set(null); // logged out: the Login dialog is showing
            entries.postExecuteSuccess(LOG_OUT, null);
            List<JournalEntry> rows = journal.entries(Instant.EPOCH, Instant.now().plusSeconds(60));
            assertTrue(rows.stream().anyMatch(e -> e.topic().equals(AuditJournal.TOPIC_ENTERED) && e.details().contains("id=" + LOG_OUT)
                    && "admin".equals(e.actor())), rows::toString);
        }
    }
}
