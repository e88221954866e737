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
import org.castellan.security.ui.internal.RoleLabels;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * A group: name, description, the roles it gives its members, and its members. The guest is listed,
 * marked, when he is a member: a role the group gives him is his, and the guest rule names the group.
 */
public final class GroupEditor extends NamedObjectEditor<GroupView> {

    public static final String ID = "org.castellan.security.ui.editors.group"; //$NON-NLS-1$

    /** Widget names. */
    public static final String NAME = "groupName"; //$NON-NLS-1$
    public static final String DESCRIPTION = "groupDescription"; //$NON-NLS-1$
    public static final String ROLES = "groupRoles"; //$NON-NLS-1$
    public static final String MEMBERS = "members"; //$NON-NLS-1$

    private DualListPicker<String> roles;
    private DualListPicker<String> members;
    private String guestLogin;

    public GroupEditor() {
        super(new Wording(Messages.fieldGroupName, Messages.groupHeading, Messages.groupGone, Messages.saveGroupAsTitle, Messages.saveGroupAsMessage),
                GroupView::name, GroupView::description, () -> groups().groups());
    }

    @Override
    protected void createContent(Composite parent) {
        nameAndDescription(parent, NAME, DESCRIPTION);
        roles = picker(parent, ROLES, Messages.availableRoles, Messages.groupRoles, RoleLabels.now()::name);
        members = picker(parent, MEMBERS, Messages.availableUsers, Messages.groupMembers, this::memberLabel);
    }

    private String memberLabel(String login) {
        return login.equals(guestLogin) ? NLS.bind(Messages.guestLogin, login) : login;
    }

    private static GroupAdministration groups() {
        return Services.get(GroupAdministration.class);
    }

    @Override
    protected void showRest(GroupView group) throws AccountException {
        List<String> roleNames = Services.get(RoleAdministration.class).roles().stream().map(RoleView::name).toList();
        roles.setInput(roleNames, group.roles());
        List<UserView> users = Services.get(UserAdministration.class).users(SecurityServices.currentUser());
        guestLogin = users.stream().filter(UserView::guest).map(UserView::login).findFirst().orElse(null);
        // The guest joins groups from his own editor; here he is offered only back into a group he is in.
        List<String> logins = users.stream().filter(u -> !u.guest() || group.members().contains(u.login())).map(UserView::login).toList();
        members.setInput(logins, group.members());
    }

    @Override
    protected boolean restDiffers(GroupView group) {
        return !roles.chosen().equals(new HashSet<>(group.roles())) || !members.chosen().equals(new HashSet<>(group.members()));
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
    protected void createCopy(String copyName, String copyDescription) throws AccountException {
        groups().createGroup(SecurityServices.currentUser(), copyName, copyDescription, roles.chosen(), members.chosen());
    }

    @Override
    protected long version(GroupView group) {
        return group.version();
    }
}
