package org.castellan.nls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The main menu bar's menus, from every bundle that adds one, have different mnemonics in each
 * language: with two menus on one letter, Alt+letter opens only the first (in French, "&Aide" and
 * "&Autorisation" both took A).
 */
class MenuMnemonicsTest {

    /** The top-level menus: the string table (relative to the repository, without language) and the key of its label. */
    private static final List<String> MENU_BAR = List.of(
            "bundles/org.castellan.app/src/org/castellan/app/internal/messages#menuFile", //$NON-NLS-1$
            "bundles/org.castellan.app/src/org/castellan/app/internal/messages#menuWindow", //$NON-NLS-1$
            "bundles/org.castellan.app/src/org/castellan/app/internal/messages#menuHelp", //$NON-NLS-1$
            "bundles/org.castellan.menu.ui/plugin#menu.levels", //$NON-NLS-1$
            "bundles/org.castellan.example.pharmacy/plugin#menu.pharmacy"); //$NON-NLS-1$

    @Test
    void everyMenuOfTheMenuBarHasItsOwnMnemonicInEveryLanguage() throws IOException {
        Path root = TranslationCompletenessTest.repositoryRoot();
        List<String> problems = new ArrayList<>();
        List<String> languages = new ArrayList<>(List.of("")); //$NON-NLS-1$
        TranslationCompletenessTest.LANGUAGES.forEach(language -> languages.add('_' + language));
        for (String language : languages) {
            Map<Character, String> taken = new LinkedHashMap<>();
            for (String menu : MENU_BAR) {
                String[] tableAndKey = menu.split("#"); //$NON-NLS-1$
                String label = label(root.resolve(tableAndKey[0] + language + ".properties"), tableAndKey[1]); //$NON-NLS-1$
                int amp = label.indexOf('&');
                if (amp < 0 || amp == label.length() - 1) {
                    problems.add(language + ' ' + label + ": no mnemonic"); //$NON-NLS-1$
                    continue;
                }
                char mnemonic = Character.toLowerCase(label.charAt(amp + 1));
                String other = taken.putIfAbsent(mnemonic, label);
                if (other != null) {
                    problems.add((language.isEmpty() ? "en" : language.substring(1)) + ": " + label + " and " + other //$NON-NLS-1$ //$NON-NLS-2$
                            + " share the mnemonic " + Character.toUpperCase(mnemonic)); //$NON-NLS-1$
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String label(Path table, String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(table)) {
            properties.load(in);
        }
        String label = properties.getProperty(key);
        if (label == null) {
            throw new AssertionError(table + " has no " + key); //$NON-NLS-1$
        }
        return label.trim();
    }
}
