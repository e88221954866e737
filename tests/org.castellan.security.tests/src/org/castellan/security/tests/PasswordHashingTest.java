package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.castellan.security.internal.PasswordHashing;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = PasswordHashing.OWASP_MINIMUM;

    @Test
    void aHashVerifiesItsPasswordOnlyAndCarriesItsParameters() {
        String hash = hashing.hash("Pharma-2026x".toCharArray());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains("Pharma"), "never the clear password");
        assertTrue(PasswordHashing.verify("Pharma-2026x".toCharArray(), hash));
        assertFalse(PasswordHashing.verify("pharma-2026x".toCharArray(), hash), "passwords are case-sensitive");
        assertFalse(PasswordHashing.verify("Pharma-2026".toCharArray(), hash));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertNotEquals(hashing.hash("same".toCharArray()), hashing.hash("same".toCharArray()));
    }

    @Test
    void weakerParametersAreRecognisedForRehashing() {
        String old = hashing.hash("x".toCharArray());
        assertTrue(PasswordHashing.DEFAULT.isWeakerThanThis(old));
        assertFalse(hashing.isWeakerThanThis(old));
        assertTrue(hashing.isWeakerThanThis("$2a$10$bcrypt-or-anything-else"), "an unknown format is always redone");
    }

    @Test
    void anythingThatIsNotAnArgon2idHashNeverVerifies() {
        assertFalse(PasswordHashing.verify("x".toCharArray(), null));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "x"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1$!!$!!"));
    }

    @Test
    void parametersBelowTheOwaspMinimumAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHashing(1024, 2, 1));
    }
}
