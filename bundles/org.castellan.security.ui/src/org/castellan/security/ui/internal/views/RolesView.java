package org.castellan.security.ui.internal.views;

import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/** The roles: predefined ones (declared by bundles) and those administrators made. */
public final class RolesView extends SecurityView<RoleView> {

    public static final String ID = "org.castellan.security.ui.views.roles"; //$NON-NLS-1$

    public RolesView() {
        super(RoleView.class);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        // Delete Role is not offered for a predefined role: the status line says why
        viewer().addSelectionChangedListener(e -> getViewSite().getActionBars().getStatusLineManager().setMessage(status()));
    }

    /** What the status line says of the selected role: why a predefined one cannot be deleted; null for others. */
    public String status() {
        return selected().filter(RoleView::predefined).map(role -> NLS.bind(Messages.predefinedRoleStatus, roleLabels().name(role.name())))
                .orElse(null);
    }

    @Override
    protected List<Column<RoleView>> columns() {
        return List.of(new Column<>(Messages.columnName, 24, r -> roleLabels().name(r.name())),
                new Column<>(Messages.columnKind, 12, r -> r.predefined() ? Messages.rolePredefined : Messages.roleCustom),
                new Column<>(Messages.columnRights, 8, r -> Integer.toString(r.rights().size())),
                new Column<>(Messages.columnDescription, 36, r -> roleLabels().description(r.name(), r.description())));
    }

    @Override
    protected List<RoleView> load() throws AccountException {
        return Services.get(RoleAdministration.class).roles();
    }

    @Override
    protected String summarize(List<RoleView> roles) {
        return NLS.bind(Messages.rolesSummary, roles.size(), roles.stream().filter(RoleView::predefined).count());
    }

    @Override
    protected String searchText(RoleView role) {
        return joined(role.name(), roleLabels().name(role.name()), roleLabels().description(role.name(), role.description()));
    }

    @Override
    protected void open(RoleView role) {
        Editors.openRole(getSite().getPage(), role.name());
    }
}
