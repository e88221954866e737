package org.castellan.security.ui.internal;

import org.castellan.security.ui.internal.views.CompaniesView;
import org.castellan.security.ui.internal.views.GroupsView;
import org.castellan.security.ui.internal.views.RolesView;
import org.castellan.security.ui.internal.views.UsersView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Users on the left, roles, groups and companies under them, editors on the right. */
public final class SecurityPerspective implements IPerspectiveFactory {

    public static final String ID = "org.castellan.security.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        // Shown when an editor opens (the home bundle's EditorAreaFollower), never empty beside the views.
        layout.setEditorAreaVisible(false);
        layout.addView(UsersView.ID, IPageLayout.LEFT, 0.45f, editors);
        IFolderLayout lower = layout.createFolder("org.castellan.security.ui.lower", IPageLayout.BOTTOM, 0.55f, UsersView.ID); //$NON-NLS-1$
        lower.addView(RolesView.ID);
        lower.addView(GroupsView.ID);
        lower.addView(CompaniesView.ID);
        layout.addShowViewShortcut(UsersView.ID);
        layout.addShowViewShortcut(GroupsView.ID);
        layout.addShowViewShortcut(RolesView.ID);
        layout.addShowViewShortcut(CompaniesView.ID);
        layout.addPerspectiveShortcut("org.castellan.app.perspectives.administration"); //$NON-NLS-1$
    }
}
