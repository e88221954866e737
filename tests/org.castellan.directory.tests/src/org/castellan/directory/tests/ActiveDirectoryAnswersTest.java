package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;

import org.castellan.directory.internal.DirectoryAnswer;
import org.junit.jupiter.api.Test;

/**
 * What Active Directory's error 49 says in its {@code data} code, as a domain controller writes it
 * (no domain controller runs here: its messages are quoted; slapd's answers are in the other tests).
 */
class ActiveDirectoryAnswersTest {

    private static DirectoryAnswer answer(String data) {
        return DirectoryAnswer.of(new AuthenticationException(
                "[LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data " + data + ", v4563\u0000]"));
    }

    @Test
    void eachDataCodeIsTheRefusalItNames() {
        assertEquals(DirectoryAnswer.WRONG_CREDENTIALS, answer("52e"));
        assertEquals(DirectoryAnswer.WRONG_CREDENTIALS, answer("525"));
        assertEquals(DirectoryAnswer.DISABLED, answer("533"));
        assertEquals(DirectoryAnswer.DISABLED, answer("701"));
        assertEquals(DirectoryAnswer.LOCKED, answer("775"));
        assertEquals(DirectoryAnswer.PASSWORD_EXPIRED, answer("532"));
        assertEquals(DirectoryAnswer.PASSWORD_EXPIRED, answer("773"));
        assertEquals(DirectoryAnswer.WRONG_CREDENTIALS, DirectoryAnswer.of(new AuthenticationException("[LDAP: error code 49 - Invalid Credentials]")),
                "OpenLDAP says no more");
    }

    @Test
    void aConnectionThatTimesOutIsUnreachable() {
        CommunicationException e = new CommunicationException("127.0.0.1:1");
        e.setRootCause(new java.net.SocketTimeoutException("connect timed out"));
        assertEquals(DirectoryAnswer.UNREACHABLE, DirectoryAnswer.of(e));
    }
}
