package org.castellan.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an installation's {@code .metadata/.log} says went wrong. */
final class ProductLog {

    private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*$");
    private static final Pattern EXCEPTION_LINE = Pattern.compile("(?m)^\\S*(Exception|Error)\\b.*$");

    private ProductLog() {
    }

    /** The log of the installation in {@code data}. */
    static Path file(Path data) {
        return data.resolve(".metadata/.log");
    }

    /** What the log of the installation in {@code data} holds; empty before anything was logged. */
    static String read(Path data) throws IOException {
        Path log = file(data);
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The entries of severity error, each with its message line. */
    static List<String> errorEntries(String log) {
        return matches(ERROR_ENTRY, log);
    }

    /** The error entries and every exception or error the log holds, logged at any severity. */
    static List<String> errorsAndExceptions(String log) {
        List<String> all = errorEntries(log);
        all.addAll(matches(EXCEPTION_LINE, log));
        return all;
    }

    private static List<String> matches(Pattern pattern, String log) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(log);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
