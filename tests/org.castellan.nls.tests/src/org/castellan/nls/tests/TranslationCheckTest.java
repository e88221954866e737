package org.castellan.nls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The comparison the completeness test applies to every translation catches each kind of mistake. */
class TranslationCheckTest {

    private static final Map<String, String> ENGLISH = Map.of(
            "saved", "Saved {0} of {1} users.", //$NON-NLS-1$ //$NON-NLS-2$
            "title", "The user's rights", //$NON-NLS-1$ //$NON-NLS-2$
            "expires", "Expires {0,choice,0#today|1<in {0,number,integer} days}"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Checks a French table against {@link #ENGLISH}: exactly one problem containing each fragment. */
    private static void assertProblems(Map<String, String> french, String... fragments) {
        List<String> problems = new ArrayList<>();
        TranslationCompletenessTest.compare("messages_fr.properties", "messages.properties", ENGLISH, french, problems); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(fragments.length, problems.size(), problems::toString);
        for (String fragment : fragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), () -> fragment + " not in " + problems); //$NON-NLS-1$
        }
    }

    @Test
    void aCompleteTranslationPasses() {
        assertProblems(Map.of(
                "saved", "{0} utilisateurs sur {1} enregistr\u00e9s, l''un apr\u00e8s l''autre.", //$NON-NLS-1$ //$NON-NLS-2$
                "title", "Les droits de l'utilisateur", //$NON-NLS-1$ //$NON-NLS-2$
                "expires", "Expire {0,choice,0#aujourd''hui|1<dans {0,number,integer} jours}")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingAndExtraKeysAreReported() {
        assertProblems(Map.of(
                "saved", "{0} sur {1}", //$NON-NLS-1$ //$NON-NLS-2$
                "expires", "Expire {0,choice,0#aujourd''hui|1<dans {0,number,integer} jours}", //$NON-NLS-1$ //$NON-NLS-2$
                "tittle", "Les droits"),
                "missing key title", "key tittle is not in messages.properties"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void differentArgumentsAreReported() {
        assertProblems(Map.of(
                "saved", "{0} utilisateurs enregistr\u00e9s", //$NON-NLS-1$ //$NON-NLS-2$
                "title", "Les droits de l'utilisateur", //$NON-NLS-1$ //$NON-NLS-2$
                "expires", "Expire dans {0} jours"),
                "saved has arguments [{0}], English has [{0}, {1}]", "expires has arguments [{0}]"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void apostrophesMustSuitMessageFormat() {
        assertProblems(Map.of(
                "saved", "{0} sur {1} enregistr\u00e9s, l'un apr\u00e8s {1}", //$NON-NLS-1$ //$NON-NLS-2$
                "title", "Les droits de l''utilisateur", //$NON-NLS-1$ //$NON-NLS-2$
                "expires", "Expire {0,choice,0#aujourd''hui|1<dans {0,number,integer} jours}"),
                "saved has arguments and a single apostrophe",
                "title has no arguments, so '' shows doubled"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A fragment's tables (Eclipse's strings): the same keys in every language, each of them the host's. */
    private static List<String> fragmentProblems(Map<String, Map<String, String>> byLanguage) {
        List<String> problems = new ArrayList<>();
        TranslationCompletenessTest.compareFragment("org/eclipse/jface/messages.properties", //$NON-NLS-1$
                "org.eclipse.jface/org/eclipse/jface/messages.properties", ENGLISH, byLanguage, problems); //$NON-NLS-1$
        return problems;
    }

    private static Map<String, Map<String, String>> fragmentTables(Map<String, String> polish) {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        tables.put("fr", Map.of("title", "Les droits de l'utilisateur", "saved", "{0} sur {1}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        tables.put("es", Map.of("title", "Los derechos del usuario", "saved", "{0} de {1}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        tables.put("sl", Map.of("title", "Pravice uporabnika", "saved", "{0} od {1}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (polish != null) {
            tables.put("pl", polish); //$NON-NLS-1$
        }
        return tables;
    }

    @Test
    void aFragmentMayLeaveKeysInEnglishWhenEveryLanguageDoes() {
        List<String> problems = fragmentProblems(fragmentTables(Map.of("title", "Prawa u\u017cytkownika", "saved", "{0} z {1}"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(List.of(), problems, "expires is left to the host's English in every language"); //$NON-NLS-1$
    }

    @Test
    void aKeyTranslatedInOneLanguageButNotAnotherIsReported() {
        List<String> problems = fragmentProblems(fragmentTables(Map.of("title", "Prawa u\u017cytkownika"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("org/eclipse/jface/messages_pl.properties: missing key saved, which [es, fr, sl] translate"), //$NON-NLS-1$
                problems::toString);
    }

    @Test
    void aFragmentLanguageMissingOrAKeyUnknownToTheHostIsReported() {
        Map<String, Map<String, String>> tables = fragmentTables(null);
        tables.put("fr", Map.of("title", "Les droits de l'utilisateur", "saved", "{0} sur {1}", "titel", "Les droits")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        List<String> problems = fragmentProblems(tables);
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.contains("org/eclipse/jface/messages_pl.properties: missing (3 keys translated in other languages)"), problems::toString); //$NON-NLS-1$
        assertTrue(problems.contains("org/eclipse/jface/messages_fr.properties: key titel is not in org.eclipse.jface/org/eclipse/jface/messages.properties"), //$NON-NLS-1$
                problems::toString);
        assertEquals(2, problems.stream().filter(p -> p.contains("missing key titel, which [fr] translate")).count(), problems::toString); //$NON-NLS-1$
    }

    @Test
    void aFragmentsArgumentsAndApostrophesAreCheckedLikeCastellansOwn() {
        List<String> problems = fragmentProblems(fragmentTables(Map.of("title", "Prawa u''\u017cytkownika", "saved", "{0} zapisano"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("messages_pl.properties: key saved has arguments [{0}], English has [{0}, {1}]")), //$NON-NLS-1$
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("messages_pl.properties: key title has no arguments")), problems::toString); //$NON-NLS-1$
    }

    @Test
    void argumentsAreReadLikeMessageFormat() {
        assertEquals(Set.of("{0}", "{1}"), TranslationCompletenessTest.arguments("A {1} and {0}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Set.of("{0,choice}", "{0,number}"), //$NON-NLS-1$ //$NON-NLS-2$
                TranslationCompletenessTest.arguments("{0,choice,0#none|1<{0,number,integer} days}")); //$NON-NLS-1$
    }

    @Test
    void aChoiceThatMessageFormatCannotReadIsFound() {
        assertProblems(Map.of(
                "saved", "{0} utilisateurs sur {1} enregistr\u00e9s.", //$NON-NLS-1$ //$NON-NLS-2$
                "title", "Les droits de l'utilisateur", //$NON-NLS-1$ //$NON-NLS-2$
                "expires", "Expire {0,choice,0#aujourd''hui|1<dans {0,number,integer jours}"), //$NON-NLS-1$ //$NON-NLS-2$
                "not a valid MessageFormat pattern"); //$NON-NLS-1$
    }
}
