package org.castellan.security.ui.internal.editors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RightView;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A role: its name and description, and its rights chosen between "available rights" and
 * "active rights". A right whose bundle was uninstalled stays in the role and is marked as such.
 * Save As copies the role under a new name: how a predefined role is adapted.
 */
public final class RoleEditor extends NamedObjectEditor<RoleView> {

    public static final String ID = "org.castellan.security.ui.editors.role"; //$NON-NLS-1$

    /** Widget names. */
    public static final String NAME = "roleName"; //$NON-NLS-1$
    public static final String DESCRIPTION = "roleDescription"; //$NON-NLS-1$
    public static final String RIGHTS = "rights"; //$NON-NLS-1$

    private Label kindLabel;
    private DualListPicker<RightView> rights;

    public RoleEditor() {
        super(new Wording(Messages.fieldRoleName, Messages.roleHeading, Messages.roleGone, Messages.saveRoleAsTitle, Messages.saveRoleAsMessage),
                RoleView::name, RoleView::description, () -> roles().roles());
    }

    @Override
    protected void createContent(Composite parent) {
        Composite fields = nameAndDescription(parent, NAME, DESCRIPTION);
        new Label(fields, SWT.NONE);
        kindLabel = new Label(fields, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(kindLabel);
        rights = picker(parent, RIGHTS, Messages.availableRights, Messages.activeRights, RoleEditor::label);
    }

    /** "Category: label", or the id of a right no installed bundle declares, marked. */
    static String label(RightView right) {
        if (!right.declared()) {
            return NLS.bind(Messages.rightUndeclared, right.label() == null ? right.id() : right.label(), right.id());
        }
        String label = right.label() == null ? right.id() : right.label();
        return right.category() == null ? label : NLS.bind(Messages.rightInCategory, right.category(), label);
    }

    private static RoleAdministration roles() {
        return Services.get(RoleAdministration.class);
    }

    @Override
    protected void showRest(RoleView role) throws AccountException {
        name.setEditable(!role.predefined());
        kindLabel.setText(role.predefined() ? Messages.rolePredefinedHint : Messages.roleCustomHint);
        List<RightView> all = roles().rights();
        rights.setInput(all, all.stream().filter(r -> role.rights().contains(r.id())).toList());
    }

    private Set<String> chosenRightIds() {
        return rights.chosen().stream().map(RightView::id).collect(Collectors.toSet());
    }

    @Override
    protected boolean restDiffers(RoleView role) {
        return !chosenRightIds().equals(new HashSet<>(role.rights()));
    }

    @Override
    protected String save(RoleView role) throws AccountException {
        String newName = name.getText();
        roles().updateRole(SecurityServices.currentUser(), role.name(), role.version(), newName, value(description), chosenRightIds());
        return newName.strip();
    }

    @Override
    protected GuestRuleQuestion guestRuleQuestion(RoleView role) {
        String newName = name.getText();
        Set<String> rightIds = chosenRightIds();
        return new GuestRuleQuestion(List.of(newName, rightIds),
                () -> roles().wouldGiveGuest(SecurityServices.currentUser(), role.name(), newName, rightIds));
    }

    @Override
    protected void createCopy(String copyName, String copyDescription) throws AccountException {
        Set<String> chosen = chosenRightIds();
        busy(() -> {
            roles().createRole(SecurityServices.currentUser(), copyName, copyDescription, chosen);
            return null;
        });
    }

    @Override
    protected long version(RoleView role) {
        return role.version();
    }
}
