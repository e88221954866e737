package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * No way around a hidden option, in the assembled product (its script, bundles and start levels)
 * with the example pharmacy installed: a counter clerk of level 4 holding the rights cash and
 * billing but not pricing, and a trainee of level 5 holding no pharmacy right, try every path to
 * Billing (level 7: hidden by level), Pricing (hidden by the right it needs, and for the clerk by
 * level too) and the Pharmacy perspective and views (the trainee lacks cash): the Pharmacy menu,
 * the toolbar, Quick Access, Open Perspective (no "Show all", no enablement prompt), Show View, the
 * Pricing key, and what the administrator had open before them. The administrator, who holds
 * every pharmacy right, sees all of it first: the same reading of the same screens finds what the
 * others must not. What the screens say is read by OCR (menus and dialogs carry their text in no
 * X property); every capture is kept in {@code target/screenshots/bypass-*} with the text read.
 * <p>
 * Three starts of the product: the first start, the administrator's session, the clerk's session
 * (the trainee logs in after he logs out). The tests run in order on one installation.
 */
@TestMethodOrder(OrderAnnotation.class)
class BypassTest extends ProductOnScreenTest {

    private static final String INSTALLATION = "Corner Shop";
    private static final int READINGS = 3;
    private static final String ADMIN_NAME = "Bypass Administrator";
    private static final String ADMIN_PASSWORD = "Castellan-2026!";
    private static final String CLERK = "clerk4";
    private static final String CLERK_NAME = "Counter Clerk";
    private static final String TRAINEE = "trainee5";
    private static final String TRAINEE_NAME = "Trainee";
    private static final String STAFF_PASSWORD = "Counter-Staff-2026!";
    private static final String COUNTER_ROLE = "Counter";
    private static final String PHARMACIST_ROLE = "Pharmacist";
    /** The Pricing option's key: Ctrl+Shift+F5. */
    private static final String PRICING_KEY = "ctrl+shift+F5";
    /** The contributions of Billing and Pricing and the Pharmacy perspective, as the journal names them. */
    private static final List<String> HIDDEN_IDS = List.of("org.castellan.example.pharmacy.commands.billing",
            "org.castellan.example.pharmacy.views.billing", "org.castellan.example.pharmacy.commands.pricing",
            "org.castellan.example.pharmacy.views.pricing");
    private static final String PHARMACY_PERSPECTIVE = "org.castellan.example.pharmacy.perspective";
    private static final String CASH_REGISTER_VIEW = "org.castellan.example.pharmacy.views.cashRegister";
    /** Quick Access groups what it finds under these headings; only Help's search remains when it finds nothing. */
    private static final List<String> FOUND_HEADINGS = List.of("Views", "Perspectives", "Commands");

    /** The product running now; one run at a time holds the installation. */
    private ProductRun run;
    private int starts;
    private String workbench;

    BypassTest() {
        super("bypass");
    }

    /** The built product with the pharmacy installed in a copy of it. */
    @Override
    protected Path product(WorkFolder work) throws IOException, InterruptedException {
        return PharmacyProduct.copyWithPharmacy(work.root().resolve("product"), work.workingDir(), work.home(), work.root());
    }

    @Test
    @Order(1)
    void theAdministratorSetsUpTheCounterFromTheCommandLine() throws Exception {
        run = start();
        workbench = FirstStart.create(screen, run, INSTALLATION, ADMIN_NAME, ADMIN_PASSWORD, ProductScreen.WINDOW_TIMEOUT);
        exit();

        assertDone(commandLine.addUser(FirstStart.LOGIN, ADMIN_PASSWORD, CLERK, STAFF_PASSWORD, "--name", CLERK_NAME, "--level", "4"));
        assertDone(commandLine.addUser(FirstStart.LOGIN, ADMIN_PASSWORD, TRAINEE, STAFF_PASSWORD, "--name", TRAINEE_NAME, "--level", "5"));
        assertDone(asAdministrator("role", "create", COUNTER_ROLE, "--rights", PharmacyProduct.CASH + "," + PharmacyProduct.BILLING));
        assertDone(asAdministrator("role", "assign", COUNTER_ROLE, CLERK));
        assertDone(asAdministrator("role", "create", PHARMACIST_ROLE, "--rights",
                String.join(",", PharmacyProduct.CASH, PharmacyProduct.PRICING, PharmacyProduct.BILLING)));
        assertDone(asAdministrator("role", "assign", PHARMACIST_ROLE, FirstStart.LOGIN));
        ProductRun.CommandLineRun nobody = asAdministrator("role", "assign", COUNTER_ROLE, "nobody");
        assertEquals(1, nobody.exitCode(), nobody.toString());
        assertTrue(nobody.err().contains("nobody"), nobody.toString());

        ProductRun.CommandLineRun users = asAdministrator("user", "list", "--format", "tsv");
        assertDone(users);
        List<String> rows = users.out().lines().toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(CLERK + "\t" + CLERK_NAME + "\t4\ttrue\tfalse\t" + COUNTER_ROLE + "\t")), users.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(TRAINEE + "\t" + TRAINEE_NAME + "\t5\ttrue\tfalse\t\t")), users.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(FirstStart.LOGIN + "\t") && r.contains(PHARMACIST_ROLE)), users.out());
    }

    /** The positive control: what the others must not find is there, and read, for one who may. */
    @Test
    @Order(2)
    void theAdministratorHoldingEveryRightSeesEveryPharmacyOption() throws Exception {
        run = start();
        logIn(FirstStart.LOGIN, ADMIN_PASSWORD, ADMIN_NAME);
        expect(workbench, "bypass-02-admin-workbench", List.of("Pharmacy", "Cash Register", "Billing"), List.of());
        expect(menu("alt+p", "bypass-03-admin-pharmacy-menu"), List.of("Cash Register", "Pricing", "Billing"), List.of());
        for (String found : quickAccess("Billing", "bypass-04-admin-quick-access-billing")) {
            expect(found, List.of("Views", "Billing (Pharmacy)"), List.of());
        }
        for (String found : quickAccess("Pricing", "bypass-05-admin-quick-access-pricing")) {
            expect(found, List.of("Views", "Pricing (Pharmacy)"), List.of());
        }
        expect(showView("bypass-06-admin-show-view"), List.of("Cash Register", "Pricing", "Billing"), List.of());

        // What the clerk must not get back: the Pharmacy perspective and the Billing view.
        String dialog = openPerspective();
        expect(dialog, "bypass-07-admin-open-perspective", List.of("Pharmacy", "Administration"), List.of());
        screen.type("Pharmacy");                   // the list selects as it is typed, in a search popup
        screen.awaitSettled("root", run, ProductScreen.WINDOW_TIMEOUT);
        screen.key("Return");
        Thread.sleep(1000);                        // what Return opens, given time to show
        if (screen.windowsNamed("Open Perspective").contains(dialog)) {
            screen.key("Return");                  // the search popup took the first one and only closed
        }
        screen.awaitGone(dialog, run, ProductScreen.WINDOW_TIMEOUT);
        screen.openMenu(workbench, "alt+p", "the Pharmacy menu", run, ProductScreen.WINDOW_TIMEOUT);
        String menu = screen.awaitMenu(run, ProductScreen.WINDOW_TIMEOUT);
        screen.key("Down", "Down", "Return");      // Cash Register, Pricing, Billing
        screen.awaitGone(menu, run, ProductScreen.WINDOW_TIMEOUT);
        awaitFiltered(workbench);
        expect(workbench, "bypass-08-admin-pharmacy-perspective-billing",
                List.of("Billing: the example partner view", "Cash Register"), List.of());
        exit();
    }

    @Test
    @Order(3)
    void nothingTheAdministratorHadOpenIsRestoredForTheClerk() throws Exception {
        run = start();
        logIn(CLERK, STAFF_PASSWORD, CLERK_NAME);
        // His toolbar has Cash Register; the Installation view says who he is.
        expect(workbench, "bypass-09-clerk-workbench", List.of("Installation", "clerk4", "Cash Register"),
                List.of("Billing", "Pricing", "example partner view"));
    }

    @Test
    @Order(4)
    void theClerkFindsNeitherBillingNorPricingOnAnyPath() throws Exception {
        expect(menu("alt+p", "bypass-10-clerk-pharmacy-menu"), List.of("Cash Register"), List.of("Pricing", "Billing"));
        for (String option : List.of("Billing", "Pricing")) {
            for (String found : quickAccess(option, "bypass-11-clerk-quick-access-" + option.toLowerCase())) {
                expect(found, List.of("Help"), FOUND_HEADINGS);
            }
        }
        expect(showView("bypass-12-clerk-show-view"), List.of("Cash Register"), List.of("Pricing", "Billing"));

        // He holds cash: the Pharmacy perspective is his, and nothing is left to show "all" of.
        String dialog = openPerspective();
        expect(dialog, "bypass-13-clerk-open-perspective", List.of("Pharmacy", "Administration"), List.of("Show all"));
        closeDialog(dialog);

        expect(refusedByKey("bypass-14-clerk-pricing-key-not-allowed"),
                List.of("\"Pricing\" needs authorization level 5, and you have level 4. Ask an administrator"), List.of());
        expect(workbench, "bypass-15-clerk-after-pricing-key", List.of("Installation"), List.of("Pricing"));
    }

    @Test
    @Order(5)
    void theTraineeWithoutPharmacyRightsFindsNoneOfItAfterTheClerkLogsOut() throws Exception {
        screen.focus(workbench);
        screen.key("alt+f", "l");                  // File › Log Out…
        logIn(TRAINEE, STAFF_PASSWORD, TRAINEE_NAME);
        // No Pharmacy menu, no pharmacy button: every option of it needs a right he lacks.
        expect(workbench, "bypass-16-trainee-workbench", List.of("Installation", "trainee5", "Window"),
                List.of("Pharmacy", "Cash Register", "Billing"));

        String dialog = openPerspective();
        expect(dialog, "bypass-17-trainee-open-perspective", List.of("Administration", "Security"), List.of("Pharmacy", "Show all"));
        closeDialog(dialog);
        assertEquals(List.of(workbench), screen.windowsOf(run), "a window other than the workbench is open (an enablement prompt?)");

        for (String found : quickAccess("Pharmacy", "bypass-18-trainee-quick-access-pharmacy")) {
            expect(found, List.of("Help"), FOUND_HEADINGS);
        }
        expect(showView("bypass-19-trainee-show-view"), List.of("Cancel"), List.of("Cash Register", "Pricing", "Billing"));
        expect(refusedByKey("bypass-20-trainee-pricing-key-not-allowed"),
                List.of("\"Pricing\" needs the right Change prices, which none of your roles gives"), List.of());
        exit();
    }

    @Test
    @Order(6)
    void theJournalListsNoEntryIntoWhatWasRefused() throws Exception {
        Path csv = work.root().resolve("menu-entries.csv");
        assertDone(asAdministrator("audit", "report", "menu-entries", "--out", csv.toString()));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.stream().anyMatch(r -> r.contains("," + FirstStart.LOGIN + ",view,Billing,")), "the administrator's entry is missing:\n" + rows);
        for (String user : List.of(CLERK, TRAINEE)) {
            List<String> entries = rows.stream().filter(r -> r.contains("," + user + ",")).toList();
            assertTrue(entries.stream().noneMatch(r -> HIDDEN_IDS.stream().anyMatch(r::contains)), user + " entered a refused option:\n" + entries);
        }
        assertTrue(rows.stream().filter(r -> r.contains("," + TRAINEE + ","))
                .noneMatch(r -> r.contains(PHARMACY_PERSPECTIVE) || r.contains(CASH_REGISTER_VIEW)), rows.toString());
        // The clerk ran Log Out: his entry, though the trainee was logged in when it returned.
        assertTrue(rows.stream().anyMatch(r -> r.contains("," + CLERK + ",menu,Log Out,")), rows.toString());
    }

    /**
     * Each refusal journaled with its reason, read with {@code audit report menu-refusals} (columns
     * Time, User, Option, Reason, Message shown).
     */
    @Test
    @Order(7)
    void theRefusalsAreJournaledWithTheirReason() throws Exception {
        Path csv = work.root().resolve("menu-refusals.csv");
        ProductRun.CommandLineRun report = asAdministrator("audit", "report", "menu-refusals", "--out", csv.toString());
        assertDone(report);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(List.of("Time", "User", "Option", "Reason", "Message shown"), List.of(rows.get(0).split(",")), rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains("," + CLERK + ",") && r.contains("Pricing") && r.contains("needs authorization level 5")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("," + TRAINEE + ",") && r.contains("Pricing") && r.contains("needs the right Change prices")),
                rows.toString());
    }

    @Test
    @Order(8)
    void theInstallationsLogHoldsNoError() throws IOException {
        String log = ProductLog.read(work.data());
        assertEquals(List.of(), ProductLog.errorEntries(log), log);
    }

    /** A new run of the product; one a failed test left open is ended first: it holds the installation. */
    private ProductRun start() throws IOException, InterruptedException {
        if (run != null) {
            run.close();
        }
        starts++;
        return work.start(product, screen, "run-" + starts + ".log");
    }

    /** Logs in through the Log in dialog and waits for the workbench to name the user. */
    private void logIn(String login, String password, String displayName) throws IOException, InterruptedException {
        String dialog = screen.awaitPaintedWindow("Log in", run, ProductScreen.WINDOW_TIMEOUT);
        FirstStart.logIn(screen, dialog, login, password);
        workbench = screen.awaitPaintedWindow(INSTALLATION + " — " + displayName, run, ProductScreen.WINDOW_TIMEOUT);
    }

    private void exit() throws IOException, InterruptedException {
        FirstStart.exitNormally(screen, workbench, run);
    }

    /** Opens a menu of the menu bar by its mnemonic and reads it, then closes it. */
    private String menu(String key, String name) throws IOException, InterruptedException {
        screen.openMenu(workbench, key, "a menu", run, ProductScreen.WINDOW_TIMEOUT);
        String text = screen.read(screen.awaitMenu(run, ProductScreen.WINDOW_TIMEOUT), name);
        screen.key("Escape");
        return text;
    }

    /**
     * Ctrl+3 and {@code text} typed into Quick Access: its popup read as it first shows (a few
     * results of each kind), then after Ctrl+3 again (every result); closed.
     */
    private List<String> quickAccess(String text, String name) throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key("ctrl+3");
        String popup = screen.awaitPaintedWindow("Find Actions", run, ProductScreen.WINDOW_TIMEOUT);
        screen.type(text);
        awaitFiltered(popup);
        String first = screen.read(popup, name);
        screen.key("ctrl+3");
        awaitFiltered(popup);
        String all = screen.read(popup, name + "-all");
        screen.key("Escape");
        screen.awaitGone(popup, run, ProductScreen.WINDOW_TIMEOUT);
        return List.of(first, all);
    }

    /** Window › Show View › Other…, filtered on "Pharmacy" (the pharmacy's category: every view of it one may see); read, closed. */
    private String showView(String name) throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key("alt+w", "v", "o");
        String dialog = screen.awaitPaintedWindow("Show View", run, ProductScreen.WINDOW_TIMEOUT);
        screen.type("Pharmacy");
        awaitFiltered(dialog);
        String text = screen.read(dialog, name);
        closeDialog(dialog);
        return text;
    }

    /**
     * Waits for a window to show what was just typed or chosen: filters (Show View's tree, Quick
     * Access) and parts update in jobs after a short delay, so a window still for a moment may not
     * have started yet.
     */
    private void awaitFiltered(String window) throws IOException, InterruptedException {
        Thread.sleep(1500);
        screen.awaitSettled(window, run, ProductScreen.WINDOW_TIMEOUT);
    }

    /** Window › Open Perspective › Other…: the dialog, painted. */
    private String openPerspective() throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key("alt+w", "o", "o");
        return screen.awaitPaintedWindow("Open Perspective", run, ProductScreen.WINDOW_TIMEOUT);
    }

    private void closeDialog(String dialog) throws IOException, InterruptedException {
        screen.focus(dialog);
        screen.key("Escape");
        screen.awaitGone(dialog, run, ProductScreen.WINDOW_TIMEOUT);
    }

    /** Presses the Pricing key; the Not Allowed dialog that answers it, read and closed. */
    private String refusedByKey(String name) throws IOException, InterruptedException {
        screen.focus(workbench);
        screen.key(PRICING_KEY);
        String dialog = screen.awaitPaintedWindow("Not Allowed", run, ProductScreen.WINDOW_TIMEOUT);
        String text = screen.read(dialog, name);
        screen.focus(dialog);
        screen.key("Return");
        screen.awaitGone(dialog, run, ProductScreen.WINDOW_TIMEOUT);
        screen.awaitSettled(workbench, run, ProductScreen.WINDOW_TIMEOUT);
        return text;
    }

    /**
     * What a screen read must show and must not: each absent word checked on a reading that found
     * the present ones, so that a reading which failed never passes for an absence. Lines are joined
     * (OCR breaks a sentence where the dialog wraps it) and letter case ignored (OCR's is unsure).
     */
    private static void expect(String read, List<String> present, List<String> absent) {
        String text = normalized(read);
        for (String expected : present) {
            assertTrue(text.contains(expected.toLowerCase(Locale.ROOT)), "\"" + expected + "\" is not on the screen, which reads:\n" + read);
        }
        for (String hidden : absent) {
            assertFalse(text.contains(hidden.toLowerCase(Locale.ROOT)), "\"" + hidden + "\" is on the screen, which reads:\n" + read);
        }
    }

    /**
     * As {@link #expect(String, List, List)} on a window read again (up to three times, two seconds
     * apart) while what must be there is not yet: on a loaded machine a menu's Return or a view's
     * first paint can reach the screen after the step that caused it was seen to end.
     */
    private void expect(String window, String name, List<String> present, List<String> absent) throws IOException, InterruptedException {
        String read = screen.read(window, name);
        for (int again = 1; again < READINGS && !shows(read, present); again++) {
            Thread.sleep(2000);
            read = screen.read(window, name);
        }
        expect(read, present, absent);
    }

    private static boolean shows(String read, List<String> present) {
        String text = normalized(read);
        return present.stream().allMatch(expected -> text.contains(expected.toLowerCase(Locale.ROOT)));
    }

    /** The reading as compared: quotes plain, lines joined, lower case; texts looked for are compared lower case. */
    private static String normalized(String read) {
        return read.replace('\u201c', '"').replace('\u201d', '"').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private ProductRun.CommandLineRun asAdministrator(String... arguments) throws IOException, InterruptedException {
        return commandLine.as(FirstStart.LOGIN, ADMIN_PASSWORD, arguments);
    }

    private static void assertDone(ProductRun.CommandLineRun run) {
        assertEquals(0, run.exitCode(), run.toString());
    }
}
