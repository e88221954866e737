package org.castellan.security.ui.internal.editors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A group: name, description, the roles it gives its members, and its members. The guest is listed,
 * marked, when he is a member: a role the group gives him is his, and the guest rule names the group.
 */
public final class GroupEditor extends SecurityEditor<GroupView> {

    public static final String ID = "org.castellan.security.ui.editors.group"; //$NON-NLS-1$

    /** Widget names. */
    public static final String NAME = "groupName"; //$NON-NLS-1$
    public static final String DESCRIPTION = "groupDescription"; //$NON-NLS-1$
    public static final String ROLES = "groupRoles"; //$NON-NLS-1$
    public static final String MEMBERS = "members"; //$NON-NLS-1$

    private Text name;
    private Text description;
    private DualListPicker<String> roles;
    private DualListPicker<String> members;
    private String guestLogin;

    @Override
    protected void createContent(Composite parent) {
        Composite fields = fieldGrid(parent);
        name = field(fields, Messages.fieldGroupName, NAME, SWT.SINGLE);
        description = field(fields, Messages.fieldDescription, DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        roles = picker(parent, ROLES, Messages.availableRoles, Messages.groupRoles, String::valueOf);
        members = picker(parent, MEMBERS, Messages.availableUsers, Messages.groupMembers, this::memberLabel);
    }

    private String memberLabel(String login) {
        return login.equals(guestLogin) ? NLS.bind(Messages.guestLogin, login) : login;
    }

    private static GroupAdministration groups() {
        return Services.get(GroupAdministration.class);
    }

    @Override
    protected GroupView read(String key) throws AccountException {
        return named(groups().groups(), GroupView::name, key, Messages.groupGone);
    }

    @Override
    protected void show(GroupView group) {
        name.setText(group.name());
        description.setText(group.description() == null ? "" : group.description()); //$NON-NLS-1$
        try {
            List<String> roleNames = Services.get(RoleAdministration.class).roles().stream().map(RoleView::name).toList();
            roles.setInput(roleNames, group.roles());
            List<UserView> users = Services.get(UserAdministration.class).users(SecurityServices.currentUser());
            guestLogin = users.stream().filter(UserView::guest).map(UserView::login).findFirst().orElse(null);
            // The guest joins groups from his own editor; here he is offered only back into a group he is in.
            List<String> logins = users.stream().filter(u -> !u.guest() || group.members().contains(u.login())).map(UserView::login).toList();
            members.setInput(logins, group.members());
        } catch (AccountException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    protected boolean differs(GroupView group) {
        return !same(name, group.name()) || !same(description, group.description()) || !roles.chosen().equals(new HashSet<>(group.roles()))
                || !members.chosen().equals(new HashSet<>(group.members()));
    }

    @Override
    protected String save(GroupView group) throws AccountException {
        groups().updateGroup(SecurityServices.currentUser(), group.name(), group.version(), name.getText(), value(description), roles.chosen(),
                members.chosen());
        return name.getText().strip();
    }

    @Override
    protected GuestRuleQuestion guestRuleQuestion(GroupView group) {
        String newName = name.getText();
        Set<String> chosenRoles = roles.chosen();
        Set<String> chosenMembers = members.chosen();
        return new GuestRuleQuestion(List.of(newName, chosenRoles, chosenMembers),
                () -> groups().wouldGiveGuest(SecurityServices.currentUser(), group.name(), newName, chosenRoles, chosenMembers));
    }

    @Override
    protected String saveAsNew(GroupView group) throws AccountException {
        String copyName = askCopyName(Messages.saveGroupAsTitle, Messages.saveGroupAsMessage, group.name());
        if (copyName == null) {
            return null;
        }
        String text = value(description);
        Set<String> chosenRoles = roles.chosen();
        Set<String> chosenMembers = members.chosen();
        groups().createGroup(SecurityServices.currentUser(), copyName, text, chosenRoles, chosenMembers);
        return copyName.strip();
    }

    @Override
    protected long version(GroupView group) {
        return group.version();
    }

    @Override
    protected String heading(GroupView group) {
        return NLS.bind(Messages.groupHeading, group.name());
    }
}
