package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.ui.internal.editors.InstallationSettingsEditor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installation Settings: every concern's settings in one editor, checked as typed, saved together,
 * and following changes made elsewhere while nothing is unsaved.
 */
class InstallationSettingsEditorTest {

    private static final String BI_POINT = "length=6 digit=true lower=true upper=true special=true expiry=0 warning=0";

    @TempDir
    Path temp;

    @Test
    void anAdministratorChangesSettingsOfSeveralConcernsAndSavesThemTogether() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = window.getActivePage();
            Ui.execute(window, "org.castellan.security.ui.settings");
            IEditorPart editor = page.getActiveEditor();
            try {
                assertTrue(editor instanceof InstallationSettingsEditor, String.valueOf(editor));
                Shell shell = window.getShell();
                assertEquals("", Ui.text(shell, "sessions.heartbeat.seconds").getText(), "unset: empty, the default shown in grey");

                Ui.type(Ui.text(shell, "sessions.heartbeat.seconds"), "0");
                assertTrue(editor.isDirty());
                String problem = Ui.text(shell, InstallationSettingsEditor.PROBLEM).getText();
                assertTrue(problem.contains("Heartbeat interval") && problem.contains("0 is out of range: give a whole number from 1 to 3600"), problem);
                Screenshots.of(shell, "installation-settings-problem");

                Ui.type(Ui.text(shell, "sessions.heartbeat.seconds"), "45");
                assertFalse(Ui.text(shell, InstallationSettingsEditor.PROBLEM).isVisible(), "a good value takes the problem away");
                Combo presets = Ui.named(shell, Combo.class, "security.password.policy.presets");
                presets.setFocus();
                pick(presets, 2);
                assertEquals(BI_POINT, Ui.text(shell, "security.password.policy").getText(), "the BI Point preset fills the policy");
                pick(Ui.named(shell, Combo.class, "audit.logins"), 1);
                Ui.click(Ui.named(shell, Button.class, "backup.compress"));
                Ui.settle(display, 300);
                Screenshots.of(shell, "installation-settings-security");

                editor.doSave(new NullProgressMonitor());
                assertFalse(editor.isDirty(), () -> Ui.text(shell, InstallationSettingsEditor.PROBLEM).getText());
                SettingsAdministration settings = Installations.service(SettingsAdministration.class);
                for (Map.Entry<String, String> saved : Map.of("sessions.heartbeat.seconds", "45", "security.password.policy", BI_POINT, "audit.logins",
                        "failures", "backup.compress", "true").entrySet()) {
                    assertEquals(saved.getValue(), settings.setting(loggedIn.user(), saved.getKey()).effective(), saved.getKey());
                }

                settings.change(loggedIn.user(), Map.of("audit.retention.days", "400"));
                assertTrue(Ui.waitFor(display, 5000, () -> Ui.text(shell, "audit.retention.days").getText().equals("400")),
                        "a change made elsewhere is shown while nothing is unsaved");
                assertFalse(editor.isDirty());
            } finally {
                page.closeEditor(editor, false);
            }
        }
    }

    private static void pick(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }
}
