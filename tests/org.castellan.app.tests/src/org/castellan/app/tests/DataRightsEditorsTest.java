package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.datarights.ui.internal.DataRightPane;
import org.castellan.datarights.ui.internal.ObjectPermissionsPane;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Member;
import org.castellan.model.Membership;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.ui.NameField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The object-permissions and data-right editors' panes on real SWT, with screenshots. */
class DataRightsEditorsTest {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private Shell shell;
    private int changes;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    private Shell shell(String title) {
        shell = new Shell(Display.getDefault());
        shell.setText(title);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 520);
        return shell;
    }

    private static <T extends org.eclipse.swt.widgets.Control> T named(Shell shell, Class<T> type, String name) {
        for (org.eclipse.swt.widgets.Control control : Ui.all(shell)) {
            if (type.isInstance(control) && name.equals(control.getData(ObjectPermissionsPane.NAME))) {
                return type.cast(control);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }

    private static List<String> texts(Tree tree, int column) {
        List<String> texts = new java.util.ArrayList<>();
        collect(tree.getItems(), column, texts);
        return texts;
    }

    private static void collect(TreeItem[] items, int column, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText(column));
            collect(item.getItems(), column, into);
        }
    }

    @Test
    void objectPermissionsShowTheEffectiveTreeWithThePathAsNamesOnlyAndWhy() throws Exception {
        Installation model = F.createInstallation();
        Group everyone = everyone(model);
        User anna = anna(model);
        Membership membership = F.createMembership();
        membership.setGroup(everyone);
        anna.getMemberships().add(membership);
        Folder sales = folder("sales", "Sales");
        grant(sales, everyone, PermissionLevel.EDIT);
        Folder board = folder("board", "Board");
        grant(board, everyone, PermissionLevel.NO_ACCESS);
        Folder minutes = folder("minutes", "Minutes");
        grant(minutes, anna, PermissionLevel.LIMITED);
        board.getChildren().add(minutes);
        sales.getChildren().add(folder("q1", "Q1 results"));
        model.getObjects().add(sales);
        model.getObjects().add(board);

        ObjectPermissionsPane pane = new ObjectPermissionsPane(shell("Object permissions"), model, () -> changes++);
        shell.open();
        pane.select("board");
        Screenshots.of(shell, "object-permissions");
        TabFolder tabs = named(shell, TabFolder.class, "tabs");
        tabs.setSelection(1);
        pane.showUser("anna");
        pane.select("minutes");
        Ui.settle(shell.getDisplay(), 100);
        Tree effective = named(shell, Tree.class, "effective");
        assertEquals(List.of("Sales", "Q1 results", "Board", "Minutes"), texts(effective, 0));
        assertEquals(List.of("Edit", "Edit", "(path only)", "Limited"), texts(effective, 1));
        String why = named(shell, Text.class, "explanation").getText();
        assertTrue(why.startsWith("Limited on \"Minutes\": the rights set on this object decide"), why);
        assertTrue(why.contains("does not apply: No access on \"Board\" given to his group Everyone"), why);
        Screenshots.of(shell, "object-permissions-effective");
        assertEquals(0, changes);
    }

    @Test
    void dataRightTicksMembersUsesTheEraserAndKeepsTypedNames() throws Exception {
        Installation model = F.createInstallation();
        DataModel sales = F.createDataModel();
        sales.setName("Sales");
        for (String name : List.of("Amount", "Margin")) {
            Measure measure = F.createMeasure();
            measure.setUniqueName("[Measures].[" + name + "]");
            measure.setCaption(name);
            sales.getMeasures().add(measure);
        }
        Dimension date = F.createDimension();
        date.setUniqueName("[Date]");
        date.setCaption("Date");
        for (int year = 2006; year <= 2009; year++) {
            Member y = member("[Date].[" + year + "]", Integer.toString(year));
            for (int month = 1; month <= 12; month++) {
                Member m = member("[Date].[" + year + "].[" + month + "]", year + "-" + month);
                m.getChildren().add(member("[Date].[" + year + "].[" + month + "].[1]", year + "-" + month + "-1"));
                y.getChildren().add(m);
            }
            date.getMembers().add(y);
        }
        sales.getDimensions().add(date);
        Dimension customer = F.createDimension();
        customer.setUniqueName("[Customer]");
        customer.setCaption("Customer");
        customer.getMembers().add(member("[Customer].[ACME]", "ACME"));
        sales.getDimensions().add(customer);
        model.getDataModels().add(sales);
        DataRight right = F.createDataRight();
        right.setName("Northern sales 2006-2008");
        model.getDataRights().add(right);

        DataRightPane pane = new DataRightPane(shell("Data right"), model, right, () -> changes++);
        shell.open();
        pane.addModel(sales);
        Tree modelTree = named(shell, Tree.class, "model");
        assertEquals(List.of("Model Sales", "Measures", "Amount", "Margin", "Date", "Customer"), texts(modelTree, 0));
        pane.selectDimension("[Date]");
        Ui.settle(shell.getDisplay(), 100);
        Tree members = named(shell, Tree.class, "members");
        // Ticking three whole years ticks their months and days (an explicit selection).
        for (int i = 0; i < 3; i++) {
            TreeItem year = members.getItem(i);
            year.setChecked(true);
            Event.check(members, year);
        }
        DimensionGrant grant = right.getModelGrants().get(0).getDimensionGrants().get(0);
        assertEquals(3 * (1 + 12 + 12), grant.getMemberUniqueNames().size());
        assertTrue(texts(modelTree, 0).contains("Date (filtered: 75 selected)"), texts(modelTree, 0).toString());
        // The eraser keeps the three years only, meaning everything below them.
        Button eraser = named(shell, Button.class, "eraser");
        eraser.setSelection(true);
        eraser.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("[Date].[2006]", "[Date].[2007]", "[Date].[2008]"), grant.getMemberUniqueNames());
        assertTrue(grant.isIncludeDescendants());
        assertTrue(texts(modelTree, 0).contains("Date (filtered: 3 selected with everything below)"), texts(modelTree, 0).toString());
        // "+": a unique name typed before the model is reloaded is kept and listed as not loaded.
        pane.typed("[Date].[2026]");
        assertTrue(grant.getMemberUniqueNames().contains("[Date].[2026]"));
        assertTrue(texts(members, 0).contains("[Date].[2026] (not in the loaded model)"), texts(members, 0).toString());
        named(shell, Text.class, "filter").setText("2007");
        Ui.settle(shell.getDisplay(), 100);
        assertFalse(texts(members, 0).contains("2006"));
        named(shell, Text.class, "filter").setText("");
        Screenshots.of(shell, "data-right-editor");
        assertTrue(changes > 0);
    }

    @Test
    void levelsAreSetOnSeveralSelectedObjectsAtOnce() throws Exception {
        Installation model = F.createInstallation();
        Group everyone = everyone(model);
        User anna = anna(model);
        Folder sales = folder("sales", "Sales");
        grant(sales, everyone, PermissionLevel.EDIT);
        Folder board = folder("board", "Board");
        Folder hr = folder("hr", "HR");
        model.getObjects().addAll(List.of(sales, board, hr));

        ObjectPermissionsPane pane = new ObjectPermissionsPane(shell("Object permissions"), model, () -> changes++);
        shell.open();
        pane.select("sales", "board");
        org.eclipse.swt.widgets.Table grants = named(shell, org.eclipse.swt.widgets.Table.class, "grants");
        assertEquals(1, grants.getItemCount());
        assertEquals("Edit (on 1 of the 2 selected)", grants.getItem(0).getText(1));
        Text principal = named(shell, Text.class, "principal");
        principal.setText("Anna");
        named(shell, org.eclipse.swt.widgets.Combo.class, "level").select(PermissionLevel.LIMITED_VALUE);
        Ui.click(named(shell, Button.class, "add"));
        assertEquals(PermissionLevel.LIMITED, sales.getPermissions().get(1).getLevel());
        assertEquals(anna, board.getPermissions().get(0).getPrincipal());
        assertEquals(PermissionLevel.LIMITED, board.getPermissions().get(0).getLevel());
        assertTrue(hr.getPermissions().isEmpty(), "an object not selected is left alone");
        assertEquals("Limited", grants.getItem(1).getText(1));
        assertEquals(List.of(sales, board), List.copyOf(pane.edited()));
        Screenshots.of(shell, "object-permissions-several");

        // Everyone gets Preview on both at once; then anna is removed from both.
        principal.setText("Everyone (group)");
        named(shell, org.eclipse.swt.widgets.Combo.class, "level").select(PermissionLevel.PREVIEW_VALUE);
        Ui.click(named(shell, Button.class, "add"));
        assertEquals("Preview", grants.getItem(0).getText(1));
        assertEquals(PermissionLevel.PREVIEW, board.getPermissions().get(1).getLevel());
        grants.setSelection(1);
        Ui.click(named(shell, Button.class, "remove"));
        assertEquals(1, grants.getItemCount());
        assertTrue(sales.getPermissions().stream().noneMatch(p -> p.getPrincipal() == anna));
        assertTrue(board.getPermissions().stream().noneMatch(p -> p.getPrincipal() == anna));
        assertEquals(3, changes);
    }

    @Test
    void aHundredThousandUsersArePickedByTypingAndANameThatMatchesNoneIsSaidAndAddsNothing() throws Exception {
        Installation model = F.createInstallation();
        for (int i = 0; i < 100_000; i++) {
            User user = F.createUser();
            user.setId("u" + i);
            user.setLogin(String.format("clerk%05d", i));
            model.getUsers().add(user);
        }
        Folder sales = folder("sales", "Sales");
        model.getObjects().add(sales);

        ObjectPermissionsPane pane = new ObjectPermissionsPane(shell("Object permissions"), model, () -> changes++);
        shell.open();
        pane.select("sales");
        NameField<?> field = (NameField<?>) named(shell, Text.class, "principal").getData(NameField.class.getName());
        assertEquals(NameField.PROPOSALS, field.proposalsFor("CLERK").size(), "a page of proposals, not 100,000");
        assertEquals(List.of("clerk04242"), field.proposalsFor("04242"));
        Text principal = named(shell, Text.class, "principal");
        principal.setText("clerk4242");
        Ui.click(named(shell, Button.class, "add"));
        assertTrue(sales.getPermissions().isEmpty(), "a name that matches no one adds nothing");
        String problem = named(shell, Label.class, "principalProblem").getText();
        assertTrue(problem.startsWith("No user or group is called \"clerk4242\""), problem);
        principal.setText("clerk04242");
        Ui.click(named(shell, Button.class, "add"));
        assertEquals("u4242", sales.getPermissions().get(0).getPrincipal().getId());
        assertEquals("", named(shell, Label.class, "principalProblem").getText());
        Screenshots.of(shell, "object-permissions-picked-among-100000");
        assertEquals(1, changes);
    }

    @Test
    void aDimensionOfAMillionMembersOpensAtOnceAndTheHoldersPickerShowsWhole() throws Exception {
        Installation model = F.createInstallation();
        anna(model);
        DataModel sales = F.createDataModel();
        sales.setName("Sales");
        org.castellan.model.ModelParameter year = F.createModelParameter();
        year.setName("Year");
        year.setDefaultValue("2026");
        sales.getParameters().add(year);
        Dimension customer = F.createDimension();
        customer.setUniqueName("[Customer]");
        customer.setCaption("Customer");
        List<Member> million = new java.util.ArrayList<>(1_000_000);
        for (int i = 1; i <= 1_000_000; i++) {
            Member member = F.createMember();
            member.setUniqueName("[Customer].[C" + i + "]");
            million.add(member);
        }
        ((org.eclipse.emf.ecore.util.InternalEList<Member>) customer.getMembers()).addAllUnique(million);
        sales.getDimensions().add(customer);
        model.getDataModels().add(sales);
        DataRight right = F.createDataRight();
        right.setName("Key accounts");
        model.getDataRights().add(right);

        DataRightPane pane = new DataRightPane(shell("Data right"), model, right, () -> changes++);
        shell.open();
        pane.addModel(sales);
        Tree modelTree = named(shell, Tree.class, "model");
        assertEquals("Model Sales (evaluated with its default parameters: Year = 2026)", modelTree.getItem(0).getText());
        pane.selectDimension("[Customer]");
        Ui.settle(shell.getDisplay(), 200);
        Tree members = named(shell, Tree.class, "members");
        assertEquals(1_000_000, members.getItemCount());
        assertEquals("[Customer].[C1]", members.getItem(0).getText());
        assertTrue(pane.materializedMembers() < 1_000, "only the rows shown were asked for: " + pane.materializedMembers());
        members.setTopItem(members.getItem(999_999));
        Ui.settle(shell.getDisplay(), 200);
        assertEquals("[Customer].[C1000000]", members.getItem(999_999).getText());
        assertTrue(pane.materializedMembers() < 2_000, "scrolling to the end asks for the rows shown there: " + pane.materializedMembers());
        // A member typed by hand is ticked in place, the million still not expanded.
        pane.typed("[Customer].[C999999]");
        assertTrue(members.getItem(999_998).getChecked());
        assertEquals(List.of("[Customer].[C999999]"), right.getModelGrants().get(0).getDimensionGrants().get(0).getMemberUniqueNames());

        // The holders' picker is whole at this size: its last buttons show without scrolling.
        DataRightsWorkbenchTest.assertShownWhole(shell, named(shell, org.eclipse.swt.custom.ScrolledComposite.class, DataRightPane.HOLDERS));
        Screenshots.of(shell, "data-right-million-members");
    }

    /** Sends the check event a click on a tree item's box sends. */
    private static final class Event {
        static void check(Tree tree, TreeItem item) {
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = item;
            event.detail = SWT.CHECK;
            tree.notifyListeners(SWT.Selection, event);
        }
    }

    private static Member member(String uniqueName, String caption) {
        Member member = F.createMember();
        member.setUniqueName(uniqueName);
        member.setCaption(caption);
        return member;
    }

    private static Group everyone(Installation model) {
        Group everyone = F.createGroup();
        everyone.setId("everyone");
        everyone.setName("Everyone");
        model.getGroups().add(everyone);
        return everyone;
    }

    private static User anna(Installation model) {
        User anna = F.createUser();
        anna.setId("anna");
        anna.setLogin("anna");
        model.getUsers().add(anna);
        return anna;
    }

    private static Folder folder(String id, String name) {
        Folder folder = F.createFolder();
        folder.setId(id);
        folder.setName(name);
        return folder;
    }

    private static void grant(RepositoryObject object, Principal principal, PermissionLevel level) {
        ObjectPermission permission = F.createObjectPermission();
        permission.setPrincipal(principal);
        permission.setLevel(level);
        object.getPermissions().add(permission);
    }
}
