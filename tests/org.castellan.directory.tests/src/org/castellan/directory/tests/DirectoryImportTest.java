package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.castellan.directory.DirectoryPerson;
import org.castellan.directory.GroupMapping;
import org.castellan.security.AccountException;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordStatus;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search the directory by name and import people as domain users, with no password of Castellan's. */
class DirectoryImportTest {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    @BeforeEach
    void pointed() throws Exception {
        installation.pointAt(SLAPD.ldapsUrl(), Map.of("directory.ca.certificate", SLAPD.caCertificate()));
    }

    private String passwordHash(String login) throws Exception {
        return installation.store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT password_hash FROM users WHERE login = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), login);
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void aSearchByNameFindsLoginNameAndMail() throws Exception {
        installation.domainUser("anna");
        assertEquals(List.of(new DirectoryPerson("paul", "Paul Nowak", "paul.nowak@example.com", false)),
                installation.directory.search(installation.admin, "nowak"));
        assertEquals(List.of(new DirectoryPerson("anna", "Anna Kowalska", "", true)), installation.directory.search(installation.admin, " Anna "),
                "matched without regard to case; anna is a Castellan user already");
    }

    @Test
    void filterCharactersInASearchAreMatchedAsText() throws Exception {
        for (String text : new String[] { "*", "*)(uid=*", "paul)(|(uid=*", "\\", "(" }) {
            assertEquals(List.of(), installation.directory.search(installation.admin, text), text);
        }
        AccountException empty = assertThrows(AccountException.class, () -> installation.directory.search(installation.admin, "  "));
        assertTrue(empty.getMessage().startsWith("Type part of a login"), empty.getMessage());
    }

    @Test
    void importedUsersAreDomainUsersWithoutPasswordAndWithTheirMappedGroups() throws Exception {
        installation.groups.createGroup(installation.admin, "Pharmacists", "");
        installation.directory.addMapping(installation.admin, new GroupMapping(Slapd.PHARMACISTS_DN, "Pharmacists"));
        assertEquals(List.of("paul", "anna"), installation.directory.importUsers(installation.admin, List.of("PAUL", "anna"), 3));
        var paul = installation.users.user(installation.admin, "paul");
        assertTrue(paul.domain());
        assertEquals("Paul Nowak", paul.displayName());
        assertEquals("paul.nowak@example.com", paul.email());
        assertEquals(3, paul.authorizationLevel());
        assertEquals(List.of("Pharmacists"), paul.groups());
        assertEquals(null, passwordHash("paul"), "Castellan keeps no password for him");
        assertEquals(PasswordStatus.NEVER_EXPIRES, installation.users.passwordStatus(installation.admin, "paul"));
        assertEquals("paul", installation.accounts.authenticate("paul", Slapd.USER_PASSWORD.toCharArray()).login(), "he logs in with the directory's");
        assertThrows(AccountException.class, () -> installation.users.setPassword(installation.admin, "paul", "Local-2026xyz".toCharArray()));
    }

    @Test
    void anImportIsAllOrNothing() throws Exception {
        AccountException missing = assertThrows(AccountException.class,
                () -> installation.directory.importUsers(installation.admin, List.of("paul", "nobody", "twin"), 2));
        assertTrue(missing.getMessage().startsWith("Not found (or found more than once) under dc=example,dc=com: nobody, twin"), missing.getMessage());
        installation.domainUser("anna");
        AccountException taken = assertThrows(AccountException.class,
                () -> installation.directory.importUsers(installation.admin, List.of("paul", "anna"), 2));
        assertTrue(taken.getMessage().contains("anna"), taken.getMessage());
        assertFalse(installation.users.users(installation.admin).stream().anyMatch(u -> u.login().equals("paul")), "nobody half-imported");
        assertThrows(AccountException.class, () -> installation.directory.importUsers(installation.admin, List.of(" "), 2));
    }

    @Test
    void aDomainUserCreatedByHandNeedsNoPasswordButALocalUserDoes() throws Exception {
        installation.users.createUser(installation.admin, new NewUser("paul", null, null, false, true, 2, null));
        assertEquals(null, passwordHash("paul"));
        assertThrows(AccountException.class,
                () -> installation.users.createUser(installation.admin, new NewUser("lena", null, null, false, false, 2, null)));
    }
}
