package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Report;
import org.castellan.model.User;
import org.junit.jupiter.api.Test;

/** The object-permission rules, each on a small tree whose answer is known. */
class ObjectPermissionsTest {

    /**
     * Sales (Sales team: Edit) > Q1 (no rights) > Margins (Interns: No access), Forecast (Anna:
     * Preview); Board (Everyone: No access) > Minutes (Anna: Limited) > Draft (no rights).
     */
    private static ObjectPermissions sample() throws DataRightsException {
        return ObjectPermissions.builder()
                .user("anna", "anna", true).user("bob", "bob", true).user("off", "off", false)
                .group("sales", "Sales team").group("interns", "Interns").group("everyone", "Everyone")
                .membership("anna", "sales").membership("anna", "interns").membership("anna", "everyone")
                .membership("bob", "sales").membership("bob", "everyone").membership("off", "sales")
                // children registered before their parents on purpose: a host may send them in any order
                .object("margins", "Margins", "q1").object("q1", "Q1", "sales-folder").object("sales-folder", "Sales", null)
                .object("forecast", "Forecast", "q1").object("board", "Board", null).object("minutes", "Minutes", "board")
                .object("draft", "Draft", "minutes")
                .grant("sales-folder", "sales", PermissionLevel.EDIT).grant("margins", "interns", PermissionLevel.NO_ACCESS)
                .grant("forecast", "anna", PermissionLevel.PREVIEW).grant("board", "everyone", PermissionLevel.NO_ACCESS)
                .grant("minutes", "anna", PermissionLevel.LIMITED)
                .build();
    }

    @Test
    void noAccessThroughAGroupWinsOverEditThroughAnother() throws Exception {
        ObjectPermissions permissions = sample();
        // Margins has its own grant for Interns only; Anna is an intern: No access, though Sales gives Edit above.
        assertEquals(PermissionLevel.NO_ACCESS, permissions.level("anna", "margins"));
        // Bob is no intern: Margins' own grants do not concern him, so Sales' Edit comes down.
        assertEquals(PermissionLevel.EDIT, permissions.level("bob", "margins"));
    }

    @Test
    void noAccessWinsOnTheSameObjectEvenAgainstTheUsersOwnGrant() throws Exception {
        ObjectPermissions permissions = ObjectPermissions.builder().user("u", "u", true).group("g", "G").membership("u", "g")
                .object("r", "Report", null).grant("r", "u", PermissionLevel.EDIT).grant("r", "g", PermissionLevel.NO_ACCESS).build();
        assertEquals(PermissionLevel.NO_ACCESS, permissions.level("u", "r"));
        PermissionExplanation why = permissions.explain("u", "r");
        assertEquals("G", why.noAccessWinner().orElseThrow().principalName());
        assertTrue(why.noAccessWinner().orElseThrow().throughGroup());
        assertTrue(why.text().contains("No access given to G wins"), why.text());
    }

    @Test
    void withoutOwnRightsTheNearestParentWithRightsDecides() throws Exception {
        ObjectPermissions permissions = sample();
        assertEquals(PermissionLevel.EDIT, permissions.level("bob", "q1"));
        PermissionExplanation why = permissions.explain("bob", "q1");
        assertEquals(Optional.of("sales-folder"), why.source());
        assertEquals(List.of("Sales", "Q1"), why.path());
        assertTrue(why.text().contains("nearest folder above that has some, \"Sales\""), why.text());
        // Forecast's own Preview for Anna decides for her, below Sales' Edit.
        assertEquals(PermissionLevel.PREVIEW, permissions.level("anna", "forecast"));
        assertEquals(1, permissions.explain("anna", "forecast").overridden().size());
    }

    @Test
    void ownRightsDecideUnderANoAccessFolderAndThePathShowsAsNamesOnly() throws Exception {
        ObjectPermissions permissions = sample();
        assertEquals(PermissionLevel.NO_ACCESS, permissions.level("anna", "board"));
        assertEquals(PermissionLevel.LIMITED, permissions.level("anna", "minutes"));
        assertEquals(PermissionLevel.LIMITED, permissions.level("anna", "draft"), "inherited from Minutes, the nearest with rights");
        PermissionExplanation why = permissions.explain("anna", "minutes");
        assertEquals("Board", why.overridden().get(0).objectName());
        assertEquals(PermissionLevel.NO_ACCESS, why.overridden().get(0).level());
        assertTrue(why.text().contains("does not apply"), why.text());

        List<VisibleObject> tree = permissions.visibleTree("anna");
        VisibleObject board = tree.stream().filter(o -> o.id().equals("board")).findFirst().orElseThrow();
        assertTrue(board.nameOnly());
        assertEquals(PermissionLevel.NO_ACCESS, board.level());
        assertEquals(List.of("sales-folder", "q1", "forecast", "board", "minutes", "draft"), tree.stream().map(VisibleObject::id).toList(),
                "Margins hidden from an intern; Board only as the path to Minutes");
        // Bob has nothing under Board: it is not in his tree at all.
        assertFalse(permissions.visibleTree("bob").stream().anyMatch(o -> o.id().equals("board")));
    }

    @Test
    void noRightsOnThePathMeansNoAccessAndADisabledUserSeesNothing() throws Exception {
        ObjectPermissions permissions = ObjectPermissions.builder().user("u", "u", true).object("r", "Report", null).build();
        assertEquals(PermissionLevel.NO_ACCESS, permissions.level("u", "r"));
        assertTrue(permissions.explain("u", "r").source().isEmpty());
        assertTrue(permissions.explain("u", "r").text().startsWith("No access to \"Report\""));
        ObjectPermissions sample = sample();
        assertEquals(PermissionLevel.NO_ACCESS, sample.level("off", "sales-folder"));
        assertEquals(List.of(), sample.visibleTree("off"));
        assertEquals(PermissionLevel.NO_ACCESS, sample.level("nobody", "sales-folder"));
        assertEquals(PermissionLevel.NO_ACCESS, sample.level("anna", "no-such-object"));
    }

    @Test
    void aCycleIsRefusedNamingItsObjects() {
        DataRightsException e = assertThrows(DataRightsException.class, () -> ObjectPermissions.builder().object("top", "Top", null)
                .object("a", "A", "c").object("b", "B", "a").object("c", "C", "b").build());
        assertTrue(e.getMessage().startsWith("The tree has a cycle: "), e.getMessage());
        assertTrue(e.getMessage().contains("A") && e.getMessage().contains("B") && e.getMessage().contains("C"), e.getMessage());
        assertTrue(e.getMessage().contains("move one of these objects"), e.getMessage());
    }

    @Test
    void badRegistrationsAreRefusedWithWhatToDo() {
        assertTrue(assertThrows(DataRightsException.class, () -> ObjectPermissions.builder().object("a", "A", "ghost").build()).getMessage()
                .contains("Register its parent first"));
        assertTrue(assertThrows(DataRightsException.class,
                () -> ObjectPermissions.builder().object("a", "A", null).grant("b", "u", PermissionLevel.EDIT).build()).getMessage()
                .contains("Register the object"));
        assertTrue(assertThrows(DataRightsException.class,
                () -> ObjectPermissions.builder().object("a", "A", null).grant("a", "ghost", PermissionLevel.EDIT).build()).getMessage()
                .contains("neither a user nor a group"));
        assertTrue(assertThrows(DataRightsException.class,
                () -> ObjectPermissions.builder().object("a", "A", null).object("a", "A again", null).build()).getMessage()
                .contains("registered twice"));
    }

    @Test
    void compilesTheInstallationsFolderAndReportTree() throws Exception {
        CastellanFactory f = CastellanFactory.eINSTANCE;
        Installation model = f.createInstallation();
        User user = f.createUser();
        user.setId("u1");
        user.setLogin("anna");
        Group group = f.createGroup();
        group.setId("g1");
        group.setName("Readers");
        Membership membership = f.createMembership();
        membership.setGroup(group);
        user.getMemberships().add(membership);
        model.getUsers().add(user);
        model.getGroups().add(group);
        Folder folder = f.createFolder();
        folder.setId("f1");
        folder.setName("Finance");
        folder.getPermissions().add(Models.permission(group, PermissionLevel.PREVIEW));
        Report report = f.createReport();
        report.setId("r1");
        report.setName("Balance");
        folder.getChildren().add(report);
        model.getObjects().add(folder);
        ObjectPermissions permissions = ObjectPermissions.compile(model);
        assertEquals(PermissionLevel.PREVIEW, permissions.level("u1", "r1"));
        assertEquals(2, permissions.size());
    }

}
