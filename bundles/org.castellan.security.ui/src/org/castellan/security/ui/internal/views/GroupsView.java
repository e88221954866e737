package org.castellan.security.ui.internal.views;

import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupPage;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.ui.Counts;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;

/** The groups of users, with their roles and members. */
public final class GroupsView extends SecurityView<GroupView> {

    public static final String ID = "org.castellan.security.ui.views.groups"; //$NON-NLS-1$

    /**
     * The most groups listed at once, as in the users view: the filter box finds the others (the
     * services filter then, on the rows of the groups, their roles and their members' logins).
     */
    public static final int PAGE = UsersView.PAGE;

    private GroupPage page = new GroupPage(List.of(), 0);
    private boolean loadedWhole = true;

    public GroupsView() {
        super(GroupView.class);
    }

    @Override
    protected List<Column<GroupView>> columns() {
        return List.of(new Column<>(Messages.columnName, 22, GroupView::name),
                new Column<>(Messages.columnRoles, 24, g -> roleLabels().names(g.roles())),
                new Column<>(Messages.columnMembers, 30, g -> String.join(", ", g.members())), //$NON-NLS-1$
                new Column<>(Messages.columnDescription, 30, GroupView::description));
    }

    @Override
    protected List<GroupView> load() throws AccountException {
        String filter = filterText();
        page = Services.get(GroupAdministration.class).groups(SecurityServices.currentUser(), filter, PAGE);
        loadedWhole = filter.isEmpty() && page.complete();
        return page.groups();
    }

    @Override
    protected boolean loadedWhole() {
        return loadedWhole;
    }

    @Override
    protected List<Section> sections(List<GroupView> groups) {
        return List.of(new Section(null, groups, page.matching()));
    }

    @Override
    protected String summarize(List<GroupView> groups) {
        return NLS.bind(Messages.groupsSummary, Counts.of(page.matching()));
    }

    @Override
    protected String searchText(GroupView group) {
        return joined(group.name(), group.description(), String.join(" ", group.roles()), String.join(" ", group.members())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void open(GroupView group) {
        Editors.openGroup(getSite().getPage(), group.name());
    }
}
