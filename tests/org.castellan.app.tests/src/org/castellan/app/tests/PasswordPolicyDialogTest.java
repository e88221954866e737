package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.GroupAdministration;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.ui.internal.handlers.PasswordPolicyDialog;
import org.castellan.security.ui.internal.widgets.PolicyFields;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Password Policy dialog: the pharmacy preset for the installation, a stricter policy for one group. */
class PasswordPolicyDialogTest {

    @TempDir
    Path temp;

    @Test
    void theInstallationTakesThePharmacyPresetAndAGroupGetsItsOwnStricterPolicy() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie")) {
            Services.get(GroupAdministration.class).createGroup(loggedIn.user(), "Pharmacists", null);
            PasswordPolicyAdministration policies = Services.get(PasswordPolicyAdministration.class);
            PasswordPolicyDialog dialog = new PasswordPolicyDialog(Ui.window().getShell());
            try {
                Shell shell = Ui.open(dialog);
                Ui.click(Ui.named(shell, Button.class, PasswordPolicyDialog.PHARMACY));
                Screenshots.of(shell, "password-policy-installation");
                Ui.click(Ui.button(shell, PasswordPolicyDialog.APPLY_ID));
                assertEquals(PasswordPolicy.PHARMACY_PRESET, policies.installationPolicy());

                Combo scope = Ui.named(shell, Combo.class, PasswordPolicyDialog.SCOPE);
                scope.select(1);
                scope.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                Spinner length = Ui.named(shell, Spinner.class, PolicyFields.LENGTH);
                assertFalse(length.isEnabled(), "a group without its own policy shows the installation's, read-only");
                Ui.click(Ui.named(shell, Button.class, PasswordPolicyDialog.OWN));
                assertTrue(length.isEnabled());
                length.setSelection(12);
                Ui.named(shell, Spinner.class, PolicyFields.EXPIRY).setSelection(90);
                Ui.named(shell, Spinner.class, PolicyFields.WARNING).setSelection(14);
                Screenshots.of(shell, "password-policy-group");
                Ui.click(Ui.button(shell, PasswordPolicyDialog.APPLY_ID));
                assertEquals(Optional.of(new PasswordPolicy(12, true, true, true, true, 90, 14)), policies.groupPolicy("Pharmacists"));
            } finally {
                Ui.closeIfOpen(dialog);
            }
        }
    }
}
