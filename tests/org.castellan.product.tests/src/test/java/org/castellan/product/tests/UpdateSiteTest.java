package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update site of the build as an administrator uses it, with the p2 director: Castellan
 * installed from the site into an empty folder (by Tycho's director) starts; the example partner
 * feature installs into the built product (by the product's own director application), and Help ›
 * Check for Updates answers; the built product (version N) updates to the next version (N+1, a second
 * site built by {@link NextSiteBuild} with a raised qualifier) and keeps its installation: the
 * database with its users and the installation's settings files.
 * <p>
 * The tests run in order: the partner feature and the update act on one copy of the built
 * product and one installation. The product under {@code releng/} itself is never changed.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class UpdateSiteTest {

    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(2);
    private static final String PRODUCT_IU = "org.castellan.product";
    /** The profile name Tycho gives the product it materializes. */
    private static final String PRODUCT_PROFILE = "DefaultProfile";
    /** A right only the example partner bundle declares. */
    private static final String PHARMACY_RIGHT = PharmacyProduct.PRICING;
    private static final String ADMINISTRATOR_ROLE = "Administrator";
    private static final String INSTALLATION = "P2 Pharmacy";
    private static final String PASSWORD = "Castellan-2026!";
    private static final String CLERK_PASSWORD = "Clerk-Password-2026!";
    private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("'v'yyyyMMdd-HHmm");
    private static final Pattern APP_BUNDLE = Pattern.compile("org\\.castellan\\.app_0\\.1\\.0\\.(.+)\\.jar");

    private Path root;
    private Path site;
    private Path builtProduct;
    private String qualifier;
    private Path work;
    private Path home;
    private Path output;
    private MavenRun maven;
    private P2Director director;
    /** Closed after the last test, and with it any run of the product a failed test left. */
    @AutoClose
    private ProductScreen screen;
    private int runs;
    /** The copy of the built product that gets the partner feature and the update. */
    private Path product;
    private Path installation;

    @BeforeAll
    void locateTheBuild() throws IOException, InterruptedException {
        root = Path.of(System.getProperty("castellan.root")).toAbsolutePath().normalize();
        site = PharmacyProduct.builtSite();
        builtProduct = ProductRun.builtProduct();
        qualifier = qualifierOf(builtProduct);
        output = Path.of(System.getProperty("castellan.test.output", "target")).toAbsolutePath();
        work = output.resolve("p2");
        Trees.delete(work);
        home = work.resolve("home");
        Files.createDirectories(home);
        maven = MavenRun.of(root);
        director = new P2Director(maven, System.getProperty("castellan.tycho.version"), work.resolve("director"));
        screen = ProductScreen.start(output.resolve("screenshots"), work.resolve("xvfb.log"));
    }

    @Test
    @Order(1)
    void theSiteGroupsTheFeaturesInItsThreeCategories() throws Exception {
        Map<String, List<String>> categories = categories(site);
        assertEquals(List.of("org.castellan.core.feature.feature.group"), categories.get("Castellan core"), categories.toString());
        assertEquals(List.of("org.castellan.app.feature.feature.group"), categories.get("Castellan administration tools"),
                categories.toString());
        assertEquals(List.of(PharmacyProduct.FEATURE), categories.get("Examples"), categories.toString());
        assertEquals(3, categories.size(), categories.toString());
    }

    @Test
    @Order(2)
    void theDirectorInstallsCastellanIntoAnEmptyFolderAndItStarts() throws Exception {
        Path fresh = work.resolve("fresh-install");
        Files.createDirectories(fresh);
        director.installNew(site, fresh, "Castellan", PRODUCT_IU);

        for (String feature : List.of("org.castellan.core.feature", "org.castellan.app.feature", "org.castellan.rcp.feature")) {
            assertTrue(Files.isDirectory(fresh.resolve("features/" + feature + "_0.1.0." + qualifier)), feature + " is not installed");
        }
        assertTrue(Files.isExecutable(fresh.resolve("castellan")), "the launch script is missing or not executable");

        ProductRun.CommandLineRun help = commandLine(fresh, List.of("help"), "");
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().startsWith("Usage: castellan"), help.out());

        ProductRun run = start(fresh, work.resolve("fresh-installation"));
        String dialog = screen.awaitPaintedWindow(FirstStart.DIALOG, run, WINDOW_TIMEOUT);
        screen.screenshot("p2-01-installed-by-director-first-start");
        run.close();
    }

    @Test
    @Order(3)
    void theExamplePartnerFeatureInstallsIntoTheBuiltProduct() throws Exception {
        product = work.resolve("product");
        Trees.copy(builtProduct, product);
        installation = work.resolve("installation");
        ProductRun run = start(product, installation);
        String workbench = FirstStart.create(screen, run, INSTALLATION, "P2 Administrator", PASSWORD, WINDOW_TIMEOUT);
        screen.screenshot("p2-02-built-product-before-partner-feature");
        FirstStart.exit(screen, workbench);
        assertEquals(0, run.awaitExit(EXIT_TIMEOUT), run.outputTail());

        ProductRun.CommandLineRun before = grantPharmacyRight();
        assertEquals(1, before.exitCode(), "a right no installed bundle declares was granted\n" + before);
        assertTrue(before.err().contains(PHARMACY_RIGHT), before.toString());

        PharmacyProduct.install(product, site, work.resolve("working-dir"), home, work);
        assertTrue(PharmacyProduct.configuredBundles(product).contains(PharmacyProduct.BUNDLE + "_0.1.0." + qualifier + ".jar"),
                "not the build's partner bundle: " + PharmacyProduct.configuredBundles(product));

        ProductRun.CommandLineRun after = grantPharmacyRight();
        assertEquals(0, after.exitCode(), "the installed partner bundle's right is unknown\n" + after);

        ProductRun withPartner = start(product, installation);
        String login = screen.awaitPaintedWindow("Log in", withPartner, WINDOW_TIMEOUT);
        FirstStart.logIn(screen, login, PASSWORD);
        String partnerWorkbench = screen.awaitPaintedWindow(INSTALLATION, withPartner, WINDOW_TIMEOUT);
        screen.screenshot("p2-03-partner-feature-installed");

        // Help has the administrators' software updates; Check for Updates runs p2 in the product
        // itself and answers in a dialog of its own (no newer version is on the known sites).
        screen.openMenu(partnerWorkbench, "alt+h", "the Help menu", withPartner, WINDOW_TIMEOUT);
        screen.screenshot("p2-03b-help-menu-of-an-administrator");
        screen.key("Return");                      // its first item: Check for Updates
        String updates = screen.awaitPaintedWindow("Check for Updates", withPartner, WINDOW_TIMEOUT);
        screen.screenshot("p2-03c-check-for-updates");
        screen.focus(updates);
        screen.key("Return");
        FirstStart.exit(screen, partnerWorkbench);
        assertEquals(0, withPartner.awaitExit(EXIT_TIMEOUT), withPartner.outputTail());
    }

    @Test
    @Order(4)
    void theBuiltProductUpdatesToTheNextVersionAndKeepsItsInstallation() throws Exception {
        assertTrue(product != null && Files.isRegularFile(installation.resolve("installation.properties")),
                "the previous test left no product with an installation");
        ProductRun.CommandLineRun add = commandLine(product,
                List.of("user", "add", "clerk", "--name", "Counter Clerk", "--as", FirstStart.LOGIN, "--password-stdin", "-data",
                        installation.toString()),
                PASSWORD + "\n" + CLERK_PASSWORD + "\n");
        assertEquals(0, add.exitCode(), add.toString());
        byte[] settings = Files.readAllBytes(installation.resolve("installation.properties"));
        byte[] credentials = Files.readAllBytes(installation.resolve("credentials.properties"));

        String next = QUALIFIER.format(LocalDateTime.parse(qualifier, QUALIFIER).plusMinutes(1));
        Path nextSite = NextSiteBuild.build(maven, root, work.resolve("next"), next);
        assertEquals(List.of(PRODUCT_IU + " 0.1.0." + next), productsOn(nextSite), "the next site's product");

        director.update(nextSite, product, PRODUCT_PROFILE, PRODUCT_IU, "0.1.0." + next);

        List<String> bundles = PharmacyProduct.configuredBundles(product);
        assertTrue(bundles.contains("org.castellan.app_0.1.0." + next + ".jar"), "not updated: " + bundles);
        assertFalse(bundles.contains("org.castellan.app_0.1.0." + qualifier + ".jar"), "the old version is still configured: " + bundles);
        assertTrue(bundles.stream().anyMatch(b -> b.startsWith("org.castellan.example.pharmacy_")), "the update removed the partner bundle");
        assertTrue(Files.isDirectory(product.resolve("features/org.castellan.core.feature_0.1.0." + next)), "the core feature is not updated");
        assertTrue(Files.isExecutable(product.resolve("castellan")), "the update lost the launch script");

        ProductRun.CommandLineRun list = commandLine(product,
                List.of("user", "list", "--as", FirstStart.LOGIN, "--password-stdin", "--format", "tsv", "-data", installation.toString()),
                PASSWORD + "\n");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("clerk\tCounter Clerk\t")), "the user added before the update is gone:\n" + list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("admin\tP2 Administrator\t9\t")), list.out());
        assertEquals(new String(settings), Files.readString(installation.resolve("installation.properties")), "installation.properties changed");
        assertEquals(new String(credentials), Files.readString(installation.resolve("credentials.properties")), "credentials.properties changed");

        ProductRun updated = start(product, installation);
        String login = screen.awaitPaintedWindow("Log in", updated, WINDOW_TIMEOUT);
        screen.screenshot("p2-04-updated-product-asks-to-log-in");
        assertTrue(screen.windowsNamed(FirstStart.DIALOG).isEmpty(), "the updated product did not find its installation");
        updated.close();
    }

    private ProductRun.CommandLineRun grantPharmacyRight() throws IOException, InterruptedException {
        return commandLine(product, List.of("role", "grant", ADMINISTRATOR_ROLE, PHARMACY_RIGHT, "--as", FirstStart.LOGIN,
                "--password-stdin", "-data", installation.toString()), PASSWORD + "\n");
    }

    private ProductRun start(Path productDir, Path data) throws IOException {
        runs++;
        return screen.start(productDir, data, work.resolve("working-dir"), home, work.resolve("run-" + runs + ".log"));
    }

    private ProductRun.CommandLineRun commandLine(Path productDir, List<String> arguments, String stdin)
            throws IOException, InterruptedException {
        return ProductRun.commandLine(productDir, arguments, stdin, work.resolve("working-dir"), home, work, EXIT_TIMEOUT);
    }

    /** The qualifier of the build, from the name of the application bundle in the product. */
    private static String qualifierOf(Path product) throws IOException {
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            return plugins.map(p -> APP_BUNDLE.matcher(p.getFileName().toString())).filter(Matcher::matches).map(m -> m.group(1))
                    .findFirst().orElseThrow(() -> new AssertionError("no org.castellan.app bundle in " + product));
        }
    }

    /** The category units of a site: label to the units it lists. */
    private static Map<String, List<String>> categories(Path site) throws Exception {
        Map<String, List<String>> categories = new HashMap<>();
        for (Element unit : units(site)) {
            if ("true".equals(property(unit, "org.eclipse.equinox.p2.type.category"))) {
                List<String> members = new ArrayList<>();
                NodeList required = unit.getElementsByTagName("required");
                for (int i = 0; i < required.getLength(); i++) {
                    members.add(((Element) required.item(i)).getAttribute("name"));
                }
                categories.put(property(unit, "org.eclipse.equinox.p2.name"), members);
            }
        }
        return categories;
    }

    /** The product units of a site, as "id version". */
    private static List<String> productsOn(Path site) throws Exception {
        List<String> products = new ArrayList<>();
        for (Element unit : units(site)) {
            if (unit.getAttribute("id").equals(PRODUCT_IU)) {
                products.add(unit.getAttribute("id") + " " + unit.getAttribute("version"));
            }
        }
        return products;
    }

    private static List<Element> units(Path site) throws Exception {
        Document content;
        try (ZipFile jar = new ZipFile(site.resolve("content.jar").toFile());
                InputStream in = jar.getInputStream(jar.getEntry("content.xml"))) {
            content = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList units = content.getElementsByTagName("unit");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            list.add((Element) units.item(i));
        }
        return list;
    }

    private static String property(Element unit, String name) {
        NodeList properties = unit.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getParentNode().getParentNode() == unit && property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        return null;
    }
}
