package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEntry;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.GroupMapping;
import org.castellan.security.GroupAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.editors.DirectoryMappingsEditor;
import org.castellan.security.ui.internal.editors.InstallationSettingsEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory's group mapping in its editor, opened from Installation Settings as an
 * administrator would, at 1024x768: a line added and one removed through the widgets, saved in one
 * go, then the table, the service and the journal (before and after of each line) agree; a line
 * the service refuses (not a DN) is said in the editor and nothing is saved. Screenshots in the
 * run's language (English, and French in the French run).
 */
class DirectoryMappingsEditorTest {

    private static final String CASHIERS_DN = "cn=cashiers,ou=groups,dc=example,dc=com";
    private static final String PHARMACISTS_DN = "cn=pharmacists,ou=groups,dc=example,dc=com";

    @TempDir
    Path temp;

    private static String language() {
        return System.getProperty("castellan.test.nl", "en");
    }

    @Test
    void addsAndRemovesLinesThroughTheServiceAndTheJournalSaysSo() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            GroupAdministration groups = Installations.service(GroupAdministration.class);
            groups.createGroup(loggedIn.user(), "Pharmacists", "");
            groups.createGroup(loggedIn.user(), "Cashiers", "");
            DirectoryService directory = Installations.service(DirectoryService.class);
            directory.addMapping(loggedIn.user(), new GroupMapping(CASHIERS_DN, "Cashiers"));
            int journaledBefore = journaled().size();

            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            Point size = shell.getSize();
            IWorkbenchPage page = window.getActivePage();
            shell.setSize(1024, 768);
            try {
                assertTrue(Ui.waitFor(shell.getDisplay(), 15_000, () -> {
                    try {
                        Ui.execute(window, "org.castellan.security.ui.settings");
                        return true;
                    } catch (AssertionError notYet) {
                        return false;
                    }
                }), "Installation Settings opens for the administrator");
                IEditorPart settings = page.getActiveEditor();
                assertTrue(settings instanceof InstallationSettingsEditor, String.valueOf(settings));
                shell.layout(true, true);
                Ui.click(Ui.named(shell, Button.class, InstallationSettingsEditor.OPEN_MAPPINGS));
                IEditorPart editor = page.getActiveEditor();
                assertTrue(editor instanceof DirectoryMappingsEditor, "Group Mappings opens its editor: " + editor);
                page.closeEditor(settings, false);
                shell.layout(true, true);

                Table table = Ui.named(shell, Table.class, DirectoryMappingsEditor.TABLE);
                assertEquals(List.of(CASHIERS_DN + " | Cashiers"), rows(table));
                Text problem = Ui.text(shell, DirectoryMappingsEditor.PROBLEM);

                Ui.click(Ui.named(shell, Button.class, DirectoryMappingsEditor.ADD));
                assertEquals(Messages.mappingsDnMissing, problem.getText(), "Add without a DN says what to type");
                assertFalse(editor.isDirty());

                Ui.type(Ui.text(shell, DirectoryMappingsEditor.DN), PHARMACISTS_DN);
                Ui.click(Ui.named(shell, Button.class, DirectoryMappingsEditor.ADD));
                assertEquals(Messages.mappingsGroupMissing, problem.getText(), "Add without a Castellan group says to choose one");
                choose(Ui.named(shell, Combo.class, DirectoryMappingsEditor.GROUP), "Pharmacists");
                Ui.click(Ui.named(shell, Button.class, DirectoryMappingsEditor.ADD));
                assertFalse(problem.isVisible(), problem.getText());
                assertEquals(List.of(CASHIERS_DN + " | Cashiers", PHARMACISTS_DN + " | Pharmacists"), rows(table));
                assertTrue(editor.isDirty(), "an added line is unsaved");

                Button remove = Ui.named(shell, Button.class, DirectoryMappingsEditor.REMOVE);
                assertFalse(remove.isEnabled(), "nothing selected, nothing to remove");
                select(table, 0);
                Ui.click(remove);
                assertEquals(List.of(PHARMACISTS_DN + " | Pharmacists"), rows(table));
                assertEquals(List.of(new GroupMapping(CASHIERS_DN, "Cashiers")), directory.mappings(loggedIn.user()), "nothing saved before Save");
                Screenshots.of(shell, language() + "-directory-mappings-1024");
                DirectoryDialogsTest.assertAllFits(table.getParent()); // every caption and button of the editor whole, at 1024x768

                assertTrue(page.saveEditor(editor, false));
                assertFalse(editor.isDirty(), "saved");
                assertEquals(List.of(new GroupMapping(PHARMACISTS_DN, "Pharmacists")), directory.mappings(loggedIn.user()));
                assertEquals(List.of(PHARMACISTS_DN + " | Pharmacists"), rows(table));
                List<String> all = journaled();
                List<String> journaled = all.subList(journaledBefore, all.size());
                assertEquals(2, journaled.size(), () -> "one entry per line: " + journaled);
                assertTrue(journaled.stream().anyMatch(d -> d.contains("before=" + CASHIERS_DN + " -> Cashiers") && d.contains("actor=admin")),
                        () -> "the removed line's before: " + journaled);
                assertTrue(journaled.stream().anyMatch(d -> d.contains("after=" + PHARMACISTS_DN + " -> Pharmacists") && d.contains("actor=admin")),
                        () -> "the added line's after: " + journaled);

                // a line the service refuses: said in the editor, kept there to correct, nothing saved
                Ui.type(Ui.text(shell, DirectoryMappingsEditor.DN), "pharmacists");
                Ui.click(Ui.named(shell, Button.class, DirectoryMappingsEditor.ADD));
                select(table, 0);
                Ui.click(remove);
                assertTrue(editor.isDirty());
                page.saveEditor(editor, false);
                assertTrue(problem.isVisible() && problem.getText().contains("pharmacists"), () -> "the refusal names the line: " + problem.getText());
                assertTrue(editor.isDirty(), "the edits stay to be corrected");
                assertEquals(List.of(new GroupMapping(PHARMACISTS_DN, "Pharmacists")), directory.mappings(loggedIn.user()),
                        "the removal in the same Save was not made either");
                Screenshots.of(shell, language() + "-directory-mappings-refused");
                page.closeEditor(editor, false);
            } finally {
                page.closeAllEditors(false);
                shell.setSize(size);
            }
        }
    }

    /** The details of every line of the mapping journaled, oldest first. */
    private static List<String> journaled() throws Exception {
        return Installations.service(AuditJournal.class).entries(Instant.EPOCH, Instant.now().plusSeconds(60)).stream()
                .filter(e -> e.topic().equals(DirectoryService.TOPIC_MAPPING_CHANGED)).map(JournalEntry::details).toList();
    }

    private static List<String> rows(Table table) {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList();
    }

    private static void choose(Combo combo, String item) {
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void select(Table table, int index) {
        table.setSelection(index);
        Event event = new Event();
        event.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, event);
    }
}
