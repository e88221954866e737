package org.castellan.product.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The JUnit 5 tests of one bundle of the running product, run with the JUnit Platform launcher.
 * Chosen by system properties: {@value #BUNDLE} the test bundle, {@value #CLASSES} (optional) the
 * simple names of the classes to run, {@value #EXCLUDED} (optional) those not to run,
 * {@value #RESULTS} the folder the results go to.
 */
final class TestRun {

    static final String BUNDLE = "castellan.tests.bundle"; //$NON-NLS-1$
    static final String CLASSES = "castellan.tests.classes"; //$NON-NLS-1$
    static final String EXCLUDED = "castellan.tests.excluded"; //$NON-NLS-1$
    static final String RESULTS = "castellan.tests.results"; //$NON-NLS-1$
    /** Surefire's default inclusion: the classes whose names end so. */
    private static final String TEST_CLASS_FILES = "*Test.class"; //$NON-NLS-1$
    /** The bundle whose class loader sees the Jupiter engine's service declaration. */
    private static final String ENGINE_BUNDLE = "junit-jupiter-engine"; //$NON-NLS-1$

    private final String bundleName;
    private final Set<String> classes;
    private final Set<String> excluded;
    private final Path results;
    private boolean passed;

    private TestRun(String bundleName, Set<String> classes, Set<String> excluded, Path results) {
        this.bundleName = bundleName;
        this.classes = classes;
        this.excluded = excluded;
        this.results = results;
    }

    static TestRun fromSystemProperties() {
        return new TestRun(required(BUNDLE), names(CLASSES), names(EXCLUDED), Path.of(required(RESULTS)));
    }

    /** The comma-separated class names a property gives, none when it is not set. */
    private static Set<String> names(String property) {
        String given = System.getProperty(property, ""); //$NON-NLS-1$
        return Stream.of(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()); //$NON-NLS-1$
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    boolean passed() {
        return passed;
    }

    /** Runs the tests on the calling thread (the display's: the tests drive SWT directly). */
    void run() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (Results listener = new Results(results); HangWatch hangs = new HangWatch(results, Display.getCurrent())) {
            Bundle tests = bundle(bundleName);
            tests.start(Bundle.START_TRANSIENT); // the tests use their bundle's context, as in Tycho's harness
            List<DiscoverySelector> selectors = testClasses(tests).stream().map(DiscoverySelectors::selectClass)
                    .map(DiscoverySelector.class::cast).toList();
            // The launcher finds test engines with the context class loader's ServiceLoader.
            thread.setContextClassLoader(bundle(ENGINE_BUNDLE).adapt(BundleWiring.class).getClassLoader());
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), listener, hangs);
            passed = listener.allPassed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException(bundleName + " does not start", e); //$NON-NLS-1$
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle each : FrameworkUtil.getBundle(TestRun.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(each.getSymbolicName())) {
                return each;
            }
        }
        throw new IllegalStateException("no bundle " + symbolicName + " in this runtime"); //$NON-NLS-1$
    }

    /** The bundle's own test classes (not nested ones), by surefire's naming rule, in name order. */
    private List<Class<?>> testClasses(Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries("/", TEST_CLASS_FILES, true); //$NON-NLS-1$
        List<String> names = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            String name = path.substring(1, path.length() - ".class".length()).replace('/', '.'); //$NON-NLS-1$
            String simpleName = name.substring(name.lastIndexOf('.') + 1);
            if (!name.contains("$") && (classes.isEmpty() || classes.contains(simpleName)) && !excluded.contains(simpleName)) { //$NON-NLS-1$
                names.add(name);
            }
        }
        Collections.sort(names);
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : names) {
            try {
                loaded.add(bundle.loadClass(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " cannot be loaded from " + bundle.getSymbolicName(), e); //$NON-NLS-1$
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no test class in " + bundle.getSymbolicName() + " matches " + classes); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return loaded;
    }
}
