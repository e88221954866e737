package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.DimensionMembers.Loaded;
import org.castellan.datarights.DimensionMembers.Mode;
import org.castellan.datarights.MemberFileException;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.datarights.internal.DimensionMembersImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Member;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRow;
import org.castellan.store.NewInstallation;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Members as rows on a real installation: bulk loads, reloads, bad files, and the filters computed from the rows. */
class MemberRowsTest extends MemberInstallation {

    @Test
    void aLoadRegistersRowsParentsInAnyOrderWithProgress() throws Exception {
        List<Long> written = new ArrayList<>();
        int[] checked = { -1 };
        Loaded loaded = members.load(admin, salesId, "[Customer]", new StringReader(file("# customers by region", "[C].[ACME]\t[C].[North]\tAcme Corp.",
                "[C].[North]\t", "", "[C].[South]", "[C].[Globex]\t[C].[South]")), Mode.RELOAD, new DimensionMembers.Progress() {
                    @Override
                    public void checked(int count) {
                        checked[0] = count;
                    }

                    @Override
                    public void written(long rows) {
                        written.add(rows);
                    }
                });
        assertEquals(new Loaded(4, 0, 0, Map.of()), loaded);
        assertEquals(4, checked[0]);
        assertEquals(List.of(4L), written);
        assertEquals(List.of(new MemberRow("[C].[North]", null, null, 0, false), new MemberRow("[C].[South]", null, null, 0, false),
                new MemberRow("[C].[ACME]", "[C].[North]", "Acme Corp.", 1, false), new MemberRow("[C].[Globex]", "[C].[South]", null, 1, false)),
                rows());
        assertEquals(4, members.count(admin, customerId));
        assertEquals(Set.of("[C].[ACME]"), members.known(admin, customerId, List.of("[C].[ACME]", "[C].[Nobody]")));
        assertEquals(List.of("[C].[ACME]"), members.children(admin, customerId, "[C].[North]", 0, 50).stream().map(MemberRow::uniqueName).toList());
        assertEquals(List.of("[C].[ACME]"), members.search(admin, customerId, "acme c", 0, 50).stream().map(MemberRow::uniqueName).toList());
        // The model no longer holds members; the editor's read gives them, below their parents.
        Installation vocabulary = administration.readVocabulary(admin);
        assertTrue(vocabulary.getDataModels().get(0).getDimensions().get(0).getMembers().isEmpty());
        Dimension read = administration.read(admin).getDataModels().get(0).getDimensions().get(0);
        assertEquals(List.of("[C].[North]", "[C].[South]"), read.getMembers().stream().map(Member::getUniqueName).toList());
        assertEquals("[C].[ACME]", read.getMembers().get(0).getChildren().get(0).getUniqueName());
    }

    @Test
    void aBadFileListsEveryProblemWithItsLineAndRegistersNothing() throws Exception {
        load(Mode.RELOAD, "[C].[Kept]");
        String tooLong = "[C].[" + "x".repeat(400) + "]";
        MemberFileException e = assertThrows(MemberFileException.class, () -> load(Mode.RELOAD,
                "[C].[A]", // 1
                "[C].[A]", // 2 duplicate
                "[C].[B]\t[C].[Nowhere]", // 3 unknown parent
                tooLong, // 4 too long
                "[C].[X]\t[C].[Y]", // 5 cycle X > Y > X
                "[C].[Y]\t[C].[X]", // 6
                "[C].[D]\t\tcaption\textra", // 7 four fields
                "\t[C].[A]")); // 8 no name
        assertEquals(List.of(2, 3, 4, 5, 7, 8), e.problems().stream().map(MemberFileException.Problem::line).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("line 1"), e.problems().get(0).message());
        assertTrue(e.problems().get(3).message().contains("[C].[X] > [C].[Y] > [C].[X]"), e.problems().get(3).message());
        assertTrue(e.getMessage().startsWith("The member file registers nothing: 6 problem(s)"), e.getMessage());
        assertEquals(List.of(new MemberRow("[C].[Kept]", null, null, 0, false)), rows());
    }

    @Test
    void aReloadFlagsRemovedMembersAndListsTheRightsThatKeepNamingThem() throws Exception {
        load(Mode.RELOAD, "[C].[North]", "[C].[ACME]\t[C].[North]", "[C].[Globex]\t[C].[North]", "[C].[South]");
        Installation model = administration.readVocabulary(admin);
        DataRight right = F.createDataRight();
        right.setName("North only");
        right.getHolders().add(model.getUsers().get(0));
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(model.getDataModels().get(0));
        DimensionGrant dimension = F.createDimensionGrant();
        dimension.setDimension(grant.getModel().getDimensions().get(0));
        dimension.setAllowed(true);
        dimension.setIncludeDescendants(true);
        dimension.getMemberUniqueNames().addAll(List.of("[C].[North]", "[C].[South]"));
        grant.getDimensionGrants().add(dimension);
        right.getModelGrants().add(grant);
        administration.create(admin, right);
        DataRightsAccessImpl access = new DataRightsAccessImpl(store, Clock.systemUTC());
        String user = model.getUsers().get(0).getId();
        ModelFilter before = access.filter(user, salesId);
        assertTrue(before.dimension("[Customer]").orElseThrow().allows("[C].[Globex]"));

        Loaded reload = load(Mode.RELOAD, "[C].[North]", "[C].[ACME]\t[C].[North]", "[C].[West]");
        assertEquals(new Loaded(1, 0, 2, Map.of("North only", Set.of("[C].[South]"))), reload);
        assertTrue(rows().stream().anyMatch(r -> r.uniqueName().equals("[C].[South]") && r.missing()));
        assertEquals(List.of("North only"), administration.dataRights(admin).stream().map(DataRight::getName).toList());
        access.handleEvent(new org.osgi.service.event.Event("org/castellan/datarights/model/CHANGED", Map.of()));
        ModelFilter after = access.filter(user, salesId);
        assertEquals(Set.of("[C].[South]"), after.dimension("[Customer]").orElseThrow().unknown());
        assertFalse(after.dimension("[Customer]").orElseThrow().allows("[C].[Globex]"));
        assertTrue(after.dimension("[Customer]").orElseThrow().allows("[C].[ACME]"));

        // The member comes back: no longer missing, the right's selection matches it again.
        Loaded back = load(Mode.ADD, "[C].[South]", "[C].[Initech]\t[C].[South]");
        assertEquals(new Loaded(1, 1, 0, Map.of()), back);
        access.handleEvent(new org.osgi.service.event.Event("org/castellan/datarights/model/CHANGED", Map.of()));
        assertTrue(access.filter(user, salesId).dimension("[Customer]").orElseThrow().allows("[C].[Initech]"));
    }

    @Test
    void anAddedFileTakesRegisteredParentsButMovesNothing() throws Exception {
        load(Mode.RELOAD, "[C].[North]", "[C].[ACME]\t[C].[North]", "[C].[South]");
        assertEquals(new Loaded(1, 0, 0, Map.of()), load(Mode.ADD, "[C].[Initech]\t[C].[North]"));
        assertEquals(new MemberRow("[C].[Initech]", "[C].[North]", null, 1, false),
                rows().stream().filter(r -> r.uniqueName().equals("[C].[Initech]")).findFirst().orElseThrow());
        MemberFileException e = assertThrows(MemberFileException.class, () -> load(Mode.ADD, "[C].[ACME]\t[C].[South]", "[C].[Z]\t[C].[Nowhere]"));
        assertEquals(List.of(1, 2), e.problems().stream().map(MemberFileException.Problem::line).toList(), e.getMessage());
        assertEquals(4, rows().size());
    }

    @Test
    void aModelSavedWithMembersRegistersThemAndOneReadBackLeavesThemAlone() throws Exception {
        Installation model = administration.read(admin);
        DataModel sales = model.getDataModels().get(0);
        Member top = F.createMember();
        top.setUniqueName("[C].[Top]");
        Member below = F.createMember();
        below.setUniqueName("[C].[Below]");
        top.getChildren().add(below);
        sales.getDimensions().get(0).getMembers().add(top);
        administration.saveModel(admin, sales);
        assertEquals(List.of(new MemberRow("[C].[Top]", null, null, 0, false), new MemberRow("[C].[Below]", "[C].[Top]", null, 1, false)), rows());
        administration.saveModel(admin, administration.readVocabulary(admin).getDataModels().get(0));
        assertEquals(2, rows().size());
    }
}
