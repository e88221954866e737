package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuContext;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuOption;
import org.castellan.menu.Scope;
import org.castellan.menu.Site;
import org.castellan.menu.VisibleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.osgi.framework.Version;

/**
 * Authorization levels and required rights over 5,000 declared options (each covering a command and
 * a view, one in fifty a pattern; three in four requiring one to three of 2,000 declared rights), 500
 * of them overridden by an administrator (one in five of those changing the required rights), 100
 * bundles: computing one user's visible set (level 5, holding 600 of the rights) and the activity
 * patterns the workbench is given (compiled, as the workbench compiles them), and rebuilding the
 * definition after a level or rights change. The time for an open window to show a
 * change is measured by the UI test AuthorizationLevelsTest (target/screenshots/levels-apply-to-open-window.txt).
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MenuLevelsBenchmark {

    private static final int OPTIONS = 5_000;
    private static final int RIGHTS = 2_000;
    private static final MenuContext CONTEXT = new MenuContext(Site.CENTRAL, new Version(0, 1, 0), "standard");

    private List<MenuOption> options;
    private Map<String, LevelChange> overrides;
    private MenuDefinition definition;
    private Set<String> declaredRights;
    private Set<String> heldRights;

    @Setup
    public void declare() {
        options = new ArrayList<>(OPTIONS);
        overrides = new HashMap<>();
        declaredRights = new HashSet<>();
        heldRights = new HashSet<>();
        for (int r = 0; r < RIGHTS; r++) {
            declaredRights.add(right(r));
            if (r % 10 < 3) {
                heldRights.add(right(r));
            }
        }
        for (int i = 0; i < OPTIONS; i++) {
            String bundle = "com.partner" + (i % 100); //$NON-NLS-1$
            String id = bundle + ".option" + i; //$NON-NLS-1$
            List<String> covers = i % 50 == 0 ? List.of(bundle + ".area" + i + ".*") //$NON-NLS-1$ //$NON-NLS-2$
                    : List.of(bundle + ".commands.c" + i, bundle + ".views.v" + i); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> rights = new ArrayList<>();
            for (int r = 0; r < i % 4; r++) { // none, one, two or three rights
                rights.add(right((i * 31 + r * 17) % RIGHTS));
            }
            options.add(new MenuOption(id, "Menu " + (i % 40), i, "Option " + i, i % 10, i % 97 == 0, null, List.of(), Scope.BOTH, //$NON-NLS-1$ //$NON-NLS-2$
                    false, covers, bundle, rights.stream().distinct().toList()));
            if (i % 10 == 3) {
                LevelChange change = new LevelChange(id, (i * 7) % 10, false);
                overrides.put(id, i % 50 == 3 ? change.withRights(List.of(right(i % RIGHTS))) : change);
            }
        }
        definition = definition();
    }

    private static String right(int number) {
        return "com.partner" + (number % 100) + ".right" + number; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private MenuDefinition definition() {
        return new MenuDefinition(options, overrides, 0, CONTEXT, declaredRights::contains);
    }

    /** What one login or session switch costs: the visible set and the patterns, compiled. */
    @Benchmark
    public int visibleSetAndPatternsForOneUser() {
        VisibleSet set = definition.visibleTo(5, heldRights);
        int compiled = 0;
        for (String pattern : set.hiddenPatterns()) {
            compiled += Pattern.compile(pattern).pattern().length();
        }
        for (String pattern : set.shownPatterns()) {
            compiled += Pattern.compile(pattern).pattern().length();
        }
        return compiled;
    }

    /** What a saved level or rights change costs before it is applied: the definition rebuilt with the overrides. */
    @Benchmark
    public MenuDefinition definitionAfterALevelChange() {
        return definition();
    }
}
