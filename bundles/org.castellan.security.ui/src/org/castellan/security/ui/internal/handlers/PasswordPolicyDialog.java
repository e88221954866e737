package org.castellan.security.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.widgets.PolicyFields;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The password policy of the installation or of one group. A group's own policy only adds to the
 * installation's: each member follows the strictest of the installation's and his groups'. Apply
 * saves the scope shown; the dialog stays open to set another.
 */
public final class PasswordPolicyDialog extends TitledDialog {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String SCOPE = "policyScope"; //$NON-NLS-1$
    public static final String OWN = "policyOwn"; //$NON-NLS-1$
    public static final String PHARMACY = "policyPharmacy"; //$NON-NLS-1$
    public static final String DEFAULT = "policyDefault"; //$NON-NLS-1$
    public static final int APPLY_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<String> groups = new ArrayList<>();
    private Combo scope;
    private Button own;
    private PolicyFields fields;

    public PasswordPolicyDialog(Shell parent) {
        super(parent, Messages.policyShellTitle, IDialogConstants.OK_LABEL);
        setHelpAvailable(false);
    }

    @Override
    public void create() {
        createTitled(Messages.policyTitle, Messages.policyMessage);
        showScope();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 2);
        scope = Fields.choice(body, Messages.policyScope, SCOPE);
        scope.add(Messages.policyWholeInstallation);
        try {
            for (GroupView group : Services.get(GroupAdministration.class).groups()) {
                groups.add(group.name());
                scope.add(NLS.bind(Messages.policyOfGroup, group.name()));
            }
        } catch (AccountException e) {
            setErrorMessage(e.getMessage());
        }
        scope.select(0);
        scope.addListener(SWT.Selection, e -> showScope());
        new Label(body, SWT.NONE);
        own = new Button(body, SWT.CHECK);
        own.setText(Messages.policyOwn);
        own.setData(Fields.NAME, OWN);
        own.addListener(SWT.Selection, e -> fields.setEnabled(own.getSelection()));
        fields = new PolicyFields(body);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(fields.control());
        new Label(body, SWT.NONE).setText(Messages.policyPresets);
        Composite presets = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(presets);
        preset(presets, Messages.policyPharmacyPreset, PHARMACY, PasswordPolicy.PHARMACY_PRESET);
        preset(presets, Messages.policyDefaultPreset, DEFAULT, PasswordPolicy.DEFAULT);
        return area;
    }

    private void preset(Composite parent, String text, String name, PasswordPolicy policy) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(Fields.NAME, name);
        button.addListener(SWT.Selection, e -> {
            fields.set(policy);
            fields.setEnabled(true);
            own.setSelection(true);
        });
    }

    private Optional<String> group() {
        int index = scope.getSelectionIndex();
        return index <= 0 ? Optional.empty() : Optional.of(groups.get(index - 1));
    }

    private void showScope() {
        PasswordPolicyAdministration policies = Services.get(PasswordPolicyAdministration.class);
        try {
            Optional<String> group = group();
            own.setVisible(group.isPresent());
            if (group.isEmpty()) {
                fields.set(policies.installationPolicy());
                fields.setEnabled(true);
            } else {
                Optional<PasswordPolicy> policy = policies.groupPolicy(group.get());
                own.setSelection(policy.isPresent());
                fields.set(policy.orElse(policies.installationPolicy()));
                fields.setEnabled(policy.isPresent());
            }
            setErrorMessage(null);
            setMessage(Messages.policyMessage);
        } catch (AccountException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, APPLY_ID, Messages.applyButton, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == APPLY_ID) {
            apply();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        if (apply()) {
            super.okPressed();
        }
    }

    /** Saves the scope shown; a refusal stays in the dialog. */
    private boolean apply() {
        PasswordPolicyAdministration policies = Services.get(PasswordPolicyAdministration.class);
        try {
            Optional<String> group = group();
            PasswordPolicy policy = fields.policy();
            if (group.isEmpty()) {
                policies.setInstallationPolicy(SecurityServices.currentUser(), policy);
            } else {
                policies.setGroupPolicy(SecurityServices.currentUser(), group.get(), own.getSelection() ? Optional.of(policy) : Optional.empty());
            }
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.policySaved, scope.getText()));
            return true;
        } catch (AccountException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
