package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.security.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        List<String> broken = PasswordPolicy.DEFAULT.check("abc".toCharArray());
        assertEquals(4, broken.size(), broken.toString());
        assertTrue(broken.get(0).contains("10"), "the length rule names the minimum");
        assertTrue(broken.stream().anyMatch(s -> s.contains("digit")));
        assertTrue(broken.stream().anyMatch(s -> s.contains("upper-case")));
        assertTrue(broken.stream().anyMatch(s -> s.contains("neither a letter nor a digit")));
    }

    @Test
    void aPasswordFollowingEveryRulePasses() {
        assertEquals(List.of(), PasswordPolicy.DEFAULT.check("Pharma-2026x".toCharArray()));
    }

    @Test
    void thePharmacyPresetIsSixCharactersOfEveryKind() {
        assertEquals(List.of(), PasswordPolicy.PHARMACY_PRESET.check("aB3$ef".toCharArray()));
        assertEquals(1, PasswordPolicy.PHARMACY_PRESET.check("aB3$e".toCharArray()).size());
        assertEquals(1, PasswordPolicy.PHARMACY_PRESET.check("aB3xef".toCharArray()).size(), "the special character is required");
    }

    @Test
    void lettersWithAccentsCountAsLetters() {
        assertEquals(List.of(), PasswordPolicy.PHARMACY_PRESET.check("éÀ3$çż".toCharArray()));
    }

    @Test
    void controlCharactersAreRefused() {
        assertTrue(PasswordPolicy.PHARMACY_PRESET.check("aB3$ef\t".toCharArray()).stream().anyMatch(s -> s.contains("control")));
    }

    @Test
    void anEmptyPasswordBreaksEveryRule() {
        assertEquals(5, PasswordPolicy.DEFAULT.check(new char[0]).size());
        assertEquals(5, PasswordPolicy.DEFAULT.check(null).size());
    }
}
