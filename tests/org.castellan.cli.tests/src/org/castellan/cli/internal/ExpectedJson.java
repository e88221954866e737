package org.castellan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.SqlPredicate;

/** What {@code datarights filter|effective --format json} print for answers computed by a test (the printer is the command's own). */
public final class ExpectedJson {

    private ExpectedJson() {
    }

    public static String filter(String login, String model, ModelFilter filter, Optional<SqlPredicate> predicate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataRightsJson.printFilter(new PrintStream(out, true, StandardCharsets.UTF_8), login, model, filter, predicate);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String explanation(String login, String path, PermissionExplanation explanation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataRightsJson.printExplanation(new PrintStream(out, true, StandardCharsets.UTF_8), login, path, explanation);
        return out.toString(StandardCharsets.UTF_8);
    }
}
