package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.castellan.directory.DirectoryService;
import org.castellan.directory.GroupMapping;
import org.castellan.directory.internal.MappedGroups;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.UserAdministration;
import org.castellan.store.SealFinding;
import org.castellan.store.SealedRows;
import org.castellan.store.SettingsTable;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Directory groups give Castellan groups at each domain login: in and out as the directory says; unmapped groups stay. */
class GroupMappingTest {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    private static final char[] DOMAIN_PASSWORD = Slapd.USER_PASSWORD.toCharArray();

    @BeforeEach
    void groups() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        for (String group : List.of("Pharmacists", "Managers", "Local")) {
            installation.groups.createGroup(installation.admin, group, "");
        }
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.MANAGERS_DN, "Managers"));
    }

    private Set<String> groupsOf(String login) throws AccountException {
        return Set.copyOf(installation.users.user(installation.admin, login).groups());
    }

    @Test
    void aUserAddedToAndRemovedFromADirectoryGroupMovesInAndOutOfItsCastellanGroup() throws Exception {
        installation.domainUser("paul");
        installation.groups.addMember(installation.admin, "Local", "paul");
        installation.groups.addMember(installation.admin, "Managers", "paul"); // not in the directory's managers

        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(Set.of("Pharmacists", "Local"), groupsOf("paul"), "the directory's pharmacists in, managers out, Local untouched");
        Map<String, ?> change = installation.journal.of(UserAdministration.TOPIC_USER_CHANGED, "paul").getLast();
        assertEquals("directory", change.get("source"));
        assertArrayEquals(new String[] { "groups: Local, Managers" }, (String[]) change.get("before"));
        assertArrayEquals(new String[] { "groups: Local, Pharmacists" }, (String[]) change.get("after"));

        SLAPD.modify(moveMember("uid=paul," + Slapd.PEOPLE_DN, Slapd.PHARMACISTS_DN, Slapd.MANAGERS_DN));
        try {
            installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
            assertEquals(Set.of("Managers", "Local"), groupsOf("paul"), "moved in the directory, moved in Castellan at his next login");
        } finally {
            SLAPD.modify(moveMember("uid=paul," + Slapd.PEOPLE_DN, Slapd.MANAGERS_DN, Slapd.PHARMACISTS_DN));
        }
    }

    @Test
    void aLoginThatChangesNothingJournalsNoChange() throws Exception {
        installation.domainUser("paul");
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        int changes = installation.journal.of(UserAdministration.TOPIC_USER_CHANGED, "paul").size();
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(changes, installation.journal.of(UserAdministration.TOPIC_USER_CHANGED, "paul").size());
        assertEquals(Set.of("Pharmacists"), groupsOf("paul"));
    }

    @Test
    void aDirectoryGroupThatCannotBeReadLeavesItsCastellanGroupAsItIs() throws Exception {
        installation.directory.addMapping(installation.admin, new GroupMapping("cn=gone," + Slapd.GROUPS_DN, "Local"));
        installation.domainUser("paul");
        installation.groups.addMember(installation.admin, "Local", "paul");
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(Set.of("Pharmacists", "Local"), groupsOf("paul"), "no answer about cn=gone is not 'not a member'");
    }

    @Test
    void theMappingIsListedAddedAndRemovedWithEachChangeJournaled() throws Exception {
        assertEquals(List.of(new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"), new GroupMapping(Slapd.MANAGERS_DN, "Managers")),
                installation.directory.mappings(installation.admin));
        Map<String, ?> added = installation.journal.entries.get(installation.journal.topics.lastIndexOf(DirectoryService.TOPIC_MAPPING_CHANGED));
        assertEquals("", added.get("before"));
        assertEquals(Slapd.MANAGERS_DN + " -> Managers", added.get("after"));
        installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.MANAGERS_DN.toUpperCase(), "Managers"));
        assertEquals(List.of(new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists")), installation.directory.mappings(installation.admin));
        Map<String, ?> removed = installation.journal.entries.get(installation.journal.topics.lastIndexOf(DirectoryService.TOPIC_MAPPING_CHANGED));
        assertEquals(Slapd.MANAGERS_DN + " -> Managers", removed.get("before"), "the line as it was written");
        assertEquals("", removed.get("after"));
        assertEquals("admin", removed.get("actor"));
    }

    @Test
    void aThousandLinesAreKeptAndAppliedAtLogin() throws Exception {
        installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        for (int i = 0; i < 999; i++) { // the old setting held about 80 such lines
            installation.directory.addMapping(installation.admin, new GroupMapping(String.format("cn=team-%04d,", i) + Slapd.GROUPS_DN, "Local"));
        }
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        List<GroupMapping> mappings = installation.directory.mappings(installation.admin);
        assertEquals(1000 + 1, mappings.size(), "managers, 999 teams, pharmacists");
        assertEquals(new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"), mappings.getLast(), "in the order added");
        assertTrue(mappings.stream().mapToInt(m -> m.toString().length() + 2).sum() > 40_000, "ten times what the setting held");
        installation.domainUser("paul");
        installation.groups.addMember(installation.admin, "Local", "paul");
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(Set.of("Pharmacists", "Local"), groupsOf("paul"), "the last line applies; Local's 999 teams do not exist: left as it was");
        installation.directory.removeMapping(installation.admin, new GroupMapping("cn=team-0500," + Slapd.GROUPS_DN, "Local"));
        assertEquals(1000, installation.directory.mappings(installation.admin).size());
    }

    @Test
    void aMappingLineWrittenOutsideCastellanPutsNoOneInAGroupAndVerifyNamesIt() throws Exception {
        installation.domainUser("paul");
        // someone holding the database's credentials maps paul's directory group to the administrators,
        // and turns the managers' line into one more way in
        installation.store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("INSERT INTO directory_group_mappings (directory_group, castellan_group) VALUES ('"
                        + Slapd.PHARMACISTS_DN + "', 'Local')");
                st.executeUpdate("UPDATE directory_group_mappings SET directory_group = '" + Slapd.PHARMACISTS_DN.toUpperCase()
                        + "' WHERE castellan_group = 'Managers'");
            }
            return null;
        });

        assertEquals(List.of(new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists")), installation.directory.mappings(installation.admin),
                "the lines written outside Castellan are left out");
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(Set.of("Pharmacists"), groupsOf("paul"), "the forged lines put him nowhere");
        List<SealFinding> findings = installation.store.inTransaction(SealedRows::verify);
        assertEquals(Set.of(SealFinding.Kind.ADDED, SealFinding.Kind.CHANGED),
                findings.stream().filter(f -> f.table().equals("directory_group_mappings")).map(SealFinding::kind).collect(Collectors.toSet()),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.kind() == SealFinding.Kind.ADDED && f.row().contains("'Local'")), findings.toString());

        // removing a line Castellan wrote, and adding it again, is sealed as any change
        installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        assertEquals(List.of(new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists")), installation.directory.mappings(installation.admin));
    }

    @Test
    void aMappingKeptInTheOldSettingBecomesRowsOnceAndTheSettingGoes() throws Exception {
        installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.MANAGERS_DN, "Managers"));
        String old = Slapd.MANAGERS_DN + " -> Managers; " + Slapd.PHARMACISTS_DN + " -> Pharmacists;"
                + Slapd.PHARMACISTS_DN.toUpperCase() + " -> Pharmacists";
        installation.store.inTransaction(tx -> { // as schema 17 left it
            SettingsTable.write(tx, "directory.groups.mapping", old);
            return null;
        });
        List<GroupMapping> expected = List.of(new GroupMapping(Slapd.MANAGERS_DN, "Managers"), new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        installation.domainUser("paul");
        installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals(Set.of("Pharmacists"), groupsOf("paul"), "the old mapping applies at the first login");
        assertEquals(expected, installation.directory.mappings(installation.admin), "its lines, in order, the same line once");
        assertEquals(java.util.Optional.empty(), installation.store.inTransaction(tx -> SettingsTable.read(tx, "directory.groups.mapping")));
        assertEquals(expected, installation.directory.mappings(installation.admin), "moved once: read again, the same");
    }

    @Test
    void badMappingsAreRefusedWithWhatToDo() throws Exception {
        AccountException unknown = assertThrows(AccountException.class,
                () -> installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Nurses")));
        assertTrue(unknown.getMessage().contains("no Castellan group \u201cNurses\u201d"), unknown.getMessage());
        assertThrows(AccountException.class, () -> installation.settings.change(installation.admin,
                Map.of("directory.groups.mapping", Slapd.PHARMACISTS_DN + " -> Nurses")), "no longer a setting: its lines are rows");
        AccountException notDn = assertThrows(AccountException.class,
                () -> installation.directory.addMapping(installation.admin, new GroupMapping("pharmacists", "Pharmacists")));
        assertTrue(notDn.getMessage().contains("not a distinguished name"), notDn.getMessage());
        AccountException twice = assertThrows(AccountException.class,
                () -> installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists")));
        assertTrue(twice.getMessage().contains("already has"), twice.getMessage());
        AccountException missing = assertThrows(AccountException.class,
                () -> installation.directory.removeMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Managers")));
        assertTrue(missing.getMessage().contains("has no line"), missing.getMessage());
        assertEquals(2, installation.directory.mappings(installation.admin).size(), "nothing half-saved");
    }

    @Test
    void nestedGroupsUseActiveDirectorysInChainRule() {
        assertEquals("(member:1.2.840.113556.1.4.1941:=uid=p\\2a,dc=x)", MappedGroups.memberFilter("uid=p*,dc=x", true));
        assertEquals("(|(member=uid=p\\28,dc=x)(uniqueMember=uid=p\\28,dc=x))", MappedGroups.memberFilter("uid=p(,dc=x", false));
    }

    @Test
    void onlyAnAdministratorMapsSynchronizesSearchesOrImports() throws Exception {
        AuthenticatedUser clerk = installation.clerk();
        GroupMapping mapping = new GroupMapping(Slapd.PHARMACISTS_DN, "Local");
        for (var call : List.<org.junit.jupiter.api.function.Executable>of(() -> installation.directory.mappings(clerk),
                () -> installation.directory.addMapping(clerk, mapping), () -> installation.directory.removeMapping(clerk, mapping),
                () -> installation.directory.synchronize(clerk), () -> installation.directory.search(clerk, "paul"),
                () -> installation.directory.importUsers(clerk, List.of("paul"), 2))) {
            AccountException refused = assertThrows(AccountException.class, call);
            assertTrue(refused.getMessage().startsWith("Only an administrator"), refused.getMessage());
        }
        assertThrows(AccountException.class, () -> installation.domainUsers.synchronize(clerk, Map.of(), List.of()), "refused in the security service too");
        assertThrows(AccountException.class, () -> installation.domainUsers.createFromDirectory(clerk, List.of(), 2));
        assertEquals(2, installation.directory.mappings(installation.admin).size());
    }

    /** LDIF that moves {@code member} from one group to another. */
    static String moveMember(String member, String from, String to) {
        return """
                dn: %2$s
                changetype: modify
                delete: member
                member: %1$s

                dn: %3$s
                changetype: modify
                add: member
                member: %1$s
                """.formatted(member, from, to);
    }
}
