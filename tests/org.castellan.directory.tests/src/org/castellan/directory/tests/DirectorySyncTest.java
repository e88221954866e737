package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.directory.GroupMapping;
import org.castellan.directory.SyncReport;
import org.castellan.security.AccountException;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** castellan directory sync: every domain user looked up; gone means disabled, never deleted; mapped groups follow. */
class DirectorySyncTest {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    @BeforeEach
    void usersAndMapping() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.groups.createGroup(installation.admin, "Pharmacists", "");
        installation.groups.createGroup(installation.admin, "Local", "");
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        installation.domainUser("paul");
        installation.domainUser("anna");
        installation.domainUser("ghost"); // never in the directory, or gone from it
        installation.users.createUser(installation.admin, new NewUser("lena", null, null, false, false, 2, "Local-2026xyz".toCharArray()));
        installation.groups.addMember(installation.admin, "Pharmacists", "anna");
        installation.groups.addMember(installation.admin, "Local", "anna");
    }

    private UserView user(String login) throws AccountException {
        return installation.users.user(installation.admin, login);
    }

    @Test
    void aUserGoneFromTheDirectoryIsDisabledNotDeletedAndGroupsFollowTheDirectory() throws Exception {
        SyncReport report = installation.directory.synchronize(installation.admin);
        assertEquals(new SyncReport(3, 3, 1, List.of()), report, "paul joins, anna leaves Pharmacists, ghost disabled");
        assertFalse(user("ghost").enabled());
        assertTrue(user("ghost").domain(), "still there, with his history");
        assertEquals(Set.of("Pharmacists"), Set.copyOf(user("paul").groups()));
        assertEquals(Set.of("Local"), Set.copyOf(user("anna").groups()), "an unmapped group is left alone");
        assertTrue(user("lena").enabled(), "local users are not the directory's");

        Map<String, ?> ghost = installation.journal.of(UserAdministration.TOPIC_USER_CHANGED, "ghost").getLast();
        assertArrayEquals(new String[] { "enabled: true" }, (String[]) ghost.get("before"));
        assertArrayEquals(new String[] { "enabled: false" }, (String[]) ghost.get("after"));
        assertEquals("admin", ghost.get("actor"));
        assertEquals("directory", ghost.get("source"));
        Map<String, ?> anna = installation.journal.of(UserAdministration.TOPIC_USER_CHANGED, "anna").getLast();
        assertArrayEquals(new String[] { "groups: Local, Pharmacists" }, (String[]) anna.get("before"));
        assertArrayEquals(new String[] { "groups: Local" }, (String[]) anna.get("after"));

        assertEquals(new SyncReport(3, 0, 0, List.of()), installation.directory.synchronize(installation.admin), "a second run finds nothing to do");
    }

    @Test
    void aUserRemovedFromADirectoryGroupLeavesItAtTheNextSync() throws Exception {
        installation.directory.synchronize(installation.admin);
        SLAPD.modify(GroupMappingTest.moveMember("uid=paul," + Slapd.PEOPLE_DN, Slapd.PHARMACISTS_DN, Slapd.MANAGERS_DN));
        try {
            assertEquals(new SyncReport(3, 1, 0, List.of()), installation.directory.synchronize(installation.admin));
            assertEquals(Set.of(), Set.copyOf(user("paul").groups()));
        } finally {
            SLAPD.modify(GroupMappingTest.moveMember("uid=paul," + Slapd.PEOPLE_DN, Slapd.MANAGERS_DN, Slapd.PHARMACISTS_DN));
        }
    }

    @Test
    void aUserNoLongerMatchingTheFilterIsDisabledAndAMissingGroupIsAnErrorThatTouchesNobody() throws Exception {
        installation.settings.change(installation.admin, Map.of("directory.filter", "(!(employeeType=contractor))"));
        installation.directory.addMapping(installation.admin, new GroupMapping("cn=gone," + Slapd.GROUPS_DN, "Local"));
        SyncReport report = installation.directory.synchronize(installation.admin);
        assertEquals(2, report.disabled(), "anna is a contractor, whom the filter leaves out, and ghost: " + report);
        assertEquals(1, report.errors().size(), report.toString());
        assertTrue(report.errors().get(0).contains("cn=gone"), report.errors().get(0));
        assertFalse(user("anna").enabled());
        assertTrue(user("paul").enabled());
        assertTrue(user("anna").groups().contains("Local"), "cn=gone unread: Local left as it was");
    }

    @Test
    void anUnreachableDirectoryChangesNothingAndSaysWhy() throws Exception {
        installation.settings.change(installation.admin, Map.of("directory.urls", "ldap://127.0.0.1:" + Slapd.freePort()));
        AccountException refused = assertThrows(AccountException.class, () -> installation.directory.synchronize(installation.admin));
        assertTrue(refused.getMessage().startsWith("The directory cannot be used, nothing was changed"), refused.getMessage());
        assertTrue(refused.getMessage().contains("No directory server answers"), refused.getMessage());
        assertTrue(user("ghost").enabled());
    }

    @Test
    void aWrongBaseDnIsNotTakenForEveryoneGone() throws Exception {
        installation.settings.change(installation.admin, Map.of("directory.base.dn", "ou=services," + Slapd.BASE_DN));
        AccountException refused = assertThrows(AccountException.class, () -> installation.directory.synchronize(installation.admin));
        assertTrue(refused.getMessage().startsWith("None of the 3 domain users is found"), refused.getMessage());
        assertTrue(user("paul").enabled());
    }
}
