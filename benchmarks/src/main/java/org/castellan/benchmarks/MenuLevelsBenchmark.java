package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Authorization levels over 5,000 declared options (each covering a command and a view, one in
 * fifty a pattern), 500 of them overridden by an administrator, 100 bundles: computing one user's
 * visible set and the activity patterns the workbench is given (compiled, as the workbench compiles
 * them), and rebuilding the definition after a level change. The time for an open window to show a
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
    private static final MenuContext CONTEXT = new MenuContext(Site.CENTRAL, new Version(0, 1, 0), "standard");

    private List<MenuOption> options;
    private Map<String, LevelChange> overrides;
    private MenuDefinition definition;

    @Setup
    public void declare() {
        options = new ArrayList<>(OPTIONS);
        overrides = new HashMap<>();
        for (int i = 0; i < OPTIONS; i++) {
            String bundle = "com.partner" + (i % 100); //$NON-NLS-1$
            String id = bundle + ".option" + i; //$NON-NLS-1$
            List<String> covers = i % 50 == 0 ? List.of(bundle + ".area" + i + ".*") //$NON-NLS-1$ //$NON-NLS-2$
                    : List.of(bundle + ".commands.c" + i, bundle + ".views.v" + i); //$NON-NLS-1$ //$NON-NLS-2$
            options.add(new MenuOption(id, "Menu " + (i % 40), i, "Option " + i, i % 10, i % 97 == 0, null, List.of(), Scope.BOTH, //$NON-NLS-1$ //$NON-NLS-2$
                    false, covers, bundle));
            if (i % 10 == 3) {
                overrides.put(id, new LevelChange(id, (i * 7) % 10, false));
            }
        }
        definition = new MenuDefinition(options, overrides, 0, CONTEXT);
    }

    /** What one login or session switch costs: the visible set and the patterns, compiled. */
    @Benchmark
    public int visibleSetAndPatternsForOneUser() {
        VisibleSet set = definition.visibleTo(5);
        int compiled = 0;
        for (String pattern : set.hiddenPatterns()) {
            compiled += Pattern.compile(pattern).pattern().length();
        }
        for (String pattern : set.shownPatterns()) {
            compiled += Pattern.compile(pattern).pattern().length();
        }
        return compiled;
    }

    /** What a saved level change costs before it is applied: the definition rebuilt with the overrides. */
    @Benchmark
    public MenuDefinition definitionAfterALevelChange() {
        return new MenuDefinition(options, overrides, 0, CONTEXT);
    }
}
