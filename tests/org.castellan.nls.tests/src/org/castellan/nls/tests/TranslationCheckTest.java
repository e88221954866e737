package org.castellan.nls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Test
    void argumentsAreReadLikeMessageFormat() {
        assertEquals(Set.of("{0}", "{1}"), TranslationCompletenessTest.arguments("A {1} and {0}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Set.of("{0,choice}", "{0,number}"), //$NON-NLS-1$ //$NON-NLS-2$
                TranslationCompletenessTest.arguments("{0,choice,0#none|1<{0,number,integer} days}")); //$NON-NLS-1$
    }
}
