package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion the product ships beside its launch script: the output of the hidden
 * {@code castellan help --completion bash}, which generates it from the commands, run in a real bash.
 */
class BashCompletionTest {

    private static final Path SHIPPED = Path.of(System.getProperty("user.dir"))
            .resolve("../../features/org.castellan.rcp.feature/rootfiles/castellan-completion.bash").normalize();
    /** A command's first line in the usage: its group and verb. */
    private static final Pattern USAGE_COMMAND = Pattern.compile("^  ([a-z]+) ([a-z]+)\\b", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void generated() throws IOException {
        Run completion = run("help", "--completion", "bash");
        assertEquals(ExitCode.DONE, completion.exitCode(), completion.toString());
        script = Files.writeString(dir.resolve("castellan-completion.bash"), completion.out());
    }

    private Run run(String... args) {
        return CliInstallation.run(dir, ScriptedTerminal.stdin(), Map.of(), args);
    }

    @Test
    void theShippedScriptIsTheGeneratedOne() throws IOException {
        // Kept in target/ too, so that a developer who added a command copies it without building the product.
        Path generated = Files.copy(script, Path.of(System.getProperty("user.dir"), "target", "castellan-completion.bash"),
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Files.readString(script), Files.readString(SHIPPED), "regenerate it: cp " + generated
                + " features/org.castellan.rcp.feature/rootfiles/ (or castellan help --completion bash > that folder's castellan-completion.bash)");
    }

    @Test
    void onlyBashIsGenerated() {
        Run zsh = run("help", "--completion", "zsh");
        assertEquals(ExitCode.USAGE, zsh.exitCode(), zsh.toString());
        assertTrue(zsh.err().contains("castellan help --completion takes bash, not \u201czsh\u201d."), zsh.toString());
    }

    @Test
    void bashCompletesGroupsVerbsOptionsAndFormats() throws Exception {
        assertEquals(List.of("user"), complete("us"));
        assertEquals(List.of("list", "level"), complete("user", "l"));
        assertEquals(List.of("--format"), complete("user", "list", "--f"));
        assertEquals(List.of("text", "tsv", "json"), complete("user", "list", "--format", ""));
        assertEquals(List.of("text", "json"), complete("settings", "get", "audit.logins", "--format", ""));
        assertEquals(List.of("csv", "pdf"), complete("audit", "report", "logins", "--format", ""));
        assertEquals(List.of("--description"), complete("role", "create", "Cashier", "--d"));
        assertEquals(List.of("session", "settings", "server"), complete("help", "se"));
        assertEquals(List.of("--port"), complete("server", "--p"));
        assertEquals(List.of("enrol"), complete("server", "e"));
        assertEquals(List.of("--password-stdin"), complete("server", "enrol", "--p"));
        assertEquals(List.of("--bind"), complete("server", "--port", "0", "--b"));
        assertEquals(List.of("--fingerprint"), complete("enrol", "--f"));
        assertEquals(List.of("set"), complete("ban", "se"));
        assertEquals(List.of("--company"), complete("session", "list", "--co"));
        assertEquals(List.of("--until"), complete("ban", "set", "--u"));
        assertEquals(List.of("--admin", "--admin-name"), complete("init", "--ad"));
        assertEquals(List.of("tree", "grant", "revoke", "effective"), complete("permission", ""));
        assertEquals(List.of("--deny-dimension", "--deny-measure"), complete("datarights", "create", "Years", "--deny"));
        assertEquals(List.of("text", "json"), complete("datarights", "show", "Years", "--format", ""));
    }

    @Test
    void aServerNamedInFrontLeavesTheCommandCompletedAsWithoutIt() throws Exception {
        assertEquals(List.of("--server"), complete("--s"));
        assertEquals(List.of(), complete("--server", "pha"), "the address is the user's to type");
        assertEquals(List.of("user"), complete("--server", "pharmacy:8443", "us"));
        assertEquals(List.of("list", "level"), complete("--server", "pharmacy:8443", "user", "l"));
        assertEquals(List.of("text", "tsv", "json"), complete("--server", "pharmacy:8443", "user", "list", "--format", ""));
        assertEquals(List.of("--password-stdin"), complete("--server", "pharmacy:8443", "server", "enrol", "--p"));
    }

    @Test
    void everyCommandOfTheUsageIsCompletedWithItsOptions() throws Exception {
        Run help = run("help");
        Matcher commands = USAGE_COMMAND.matcher(help.out());
        Set<String> groups = new TreeSet<>(complete(""));
        int checked = 0;
        while (commands.find()) {
            String group = commands.group(1);
            String verb = commands.group(2);
            assertTrue(groups.contains(group), group + " is completed: " + groups);
            assertTrue(complete(group, "").contains(verb), group + ' ' + verb + " is completed");
            assertTrue(complete(group, verb, "x", "--").containsAll(List.of("--as", "--password-stdin")), group + ' ' + verb);
            checked++;
        }
        assertTrue(checked > 40, "the usage's commands were found: " + checked);
    }

    /** What bash offers for the last word (empty for a new word), the command line being castellan and the words. */
    private List<String> complete(String... words) throws Exception {
        StringBuilder line = new StringBuilder("source '").append(script).append("'; COMP_WORDS=(castellan");
        for (String word : words) {
            line.append(" '").append(word).append('\'');
        }
        line.append("); COMP_CWORD=").append(words.length).append("; _castellan; printf '%s\\n' \"${COMPREPLY[@]}\"");
        Process bash = new ProcessBuilder("bash", "-c", line.toString()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return Arrays.stream(out.split("\n")).filter(s -> !s.isEmpty()).toList();
    }
}
