package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.home.ui.internal.HomePerspective;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.audit.ui.internal.AuditPerspective;
import org.castellan.audit.ui.internal.AuditReportsView;
import org.castellan.backup.ui.internal.BackupPerspective;
import org.castellan.datarights.ui.internal.DataRightsView;
import org.castellan.example.pharmacy.PharmacyPerspective;
import org.castellan.menu.ui.internal.MainMenuDefinitionEditor;
import org.castellan.security.AccountService;
import org.castellan.security.RoleAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.UsersView;
import org.castellan.sessions.ui.internal.SessionsPerspective;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in French, as started with {@code -nl fr}: every perspective, the Data Rights view
 * and the Main Menu Definition, each with a screenshot (target/screenshots/fr-*.png), and Eclipse's
 * own strings that Castellan's fragments translate (wizard buttons, the workbench's menu actions,
 * Reset Perspective, Show View, Install New Software; fr-wizard-buttons, fr-reset-perspective,
 * fr-show-view, fr-install-new-software). The strings
 * are checked against the French text itself, not against the Messages fields, so an English
 * fallback fails the test; dates must come out in the French short form.
 *
 * <p>The pom runs this class in its own test runtime (execution {@code french}, started with
 * {@code -nl fr} and {@code -Dcastellan.test.nl=fr}); the English runtime skips it.
 */
@EnabledIfSystemProperty(named = "castellan.test.nl", matches = "fr")
class FrenchWorkbenchTest {

    /** 22/11/2026 14:05: the French short date and time. */
    private static final Pattern FRENCH_SHORT_DATE_TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4},? \\d{2}:\\d{2}");

    @TempDir
    Path temp;

    @BeforeAll
    static void startedInFrench() {
        String expected = System.getProperty("castellan.test.nl");
        assertEquals(expected, Platform.getNL(), "the test runtime was started with -nl " + expected);
        assertEquals(expected, Locale.getDefault(Locale.Category.FORMAT).getLanguage(), "-nl sets the locale dates and numbers use");
    }

    @Test
    void everyPerspectiveSpeaksFrench() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("marche"), "Pharmacie du March\u00e9", null)) {
            // The pharmacy perspective needs the right "cash" besides its level.
            RoleAdministration roles = Installations.service(RoleAdministration.class);
            roles.createRole(loggedIn.user(), "Officine", null, java.util.Set.of("org.castellan.example.pharmacy.cash"));
            roles.assign(loggedIn.user(), loggedIn.user().login(), "Officine");
            loggedIn.publishSession();
            // A login through the account service records the last login the Users view shows as a date.
            Installations.service(AccountService.class).authenticate(Installations.LOGIN, Installations.PASSWORD.toCharArray());
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            Display display = shell.getDisplay();
            // the options he may open are worked out again after the login, in the background: the
            // Pharmacy perspective shows once his new role's right counts (an earlier test may have left another user's)
            assertTrue(Ui.waitFor(display, 15_000, () -> workbench.getPerspectiveRegistry().findPerspectiveWithId(PharmacyPerspective.ID) != null),
                    "the Pharmacy perspective is offered once Officine's right counts");
            assertEquals("S\u00e9curit\u00e9", workbench.getPerspectiveRegistry().findPerspectiveWithId(SecurityPerspective.ID).getLabel());
            assertEquals("Sauvegarde", workbench.getPerspectiveRegistry().findPerspectiveWithId(BackupPerspective.ID).getLabel());
            assertEquals("Pharmacie", workbench.getPerspectiveRegistry().findPerspectiveWithId(PharmacyPerspective.ID).getLabel());

            IWorkbenchPage page = workbench.showPerspective(HomePerspective.ID, window);
            try {
                assertEquals("Accueil", page.getPerspective().getLabel());
                assertShown(shell, s -> s.startsWith("Bienvenue, "), "fr-home");
                assertShown(shell, s -> s.startsWith("Derni\u00e8re sauvegarde valide : ") || s.startsWith("Aucune sauvegarde valide"), "fr-home");
                HomeTest.screenshotAt1024(shell, "fr-home-1024");
                page = workbench.showPerspective(AdministrationPerspective.ID, window);
                assertShown(shell, "Int\u00e9gr\u00e9 : ce poste uniquement"::equals, "fr-administration");
                assertShown(shell, "Connect\u00e9 en tant que :"::equals, "fr-administration");

                page = workbench.showPerspective(SecurityPerspective.ID, window);
                UsersView users = (UsersView) page.findView(UsersView.ID);
                assertEquals("Utilisateurs", users.getPartName());
                Ui.settle(display, 300);
                users.viewer().expandAll();
                List<String> cells = cells(users.viewer().getTree());
                assertTrue(cells.contains("Actif"), () -> "status in French: " + cells);
                assertTrue(cells.stream().anyMatch(c -> FRENCH_SHORT_DATE_TIME.matcher(c).matches()),
                        () -> "the administrator's last login as a French short date and time: " + cells);
                assertShown(shell, s -> s.startsWith("Postes de licence : "), "fr-security");
                assertTrue(toolTips(shell).contains("Menu de la vue"), () -> "the views' View Menu button in French: " + toolTips(shell));

                page.showView(DataRightsView.ID);
                assertShown(shell, s -> s.startsWith("L'\u00e9diteur des droits sur les donn\u00e9es est masqu\u00e9"), "fr-security-data-rights");

                page = workbench.showPerspective(SessionsPerspective.ID, window);
                assertTrue(Ui.waitFor(display, 5000, () -> Ui.shownTexts(shell).stream().anyMatch(s -> s.startsWith("Sessions : 1,"))),
                        () -> "session summary in French: " + Ui.shownTexts(shell));
                assertShown(shell, "Soci\u00e9t\u00e9 :"::equals, "fr-sessions");

                page = workbench.showPerspective(BackupPerspective.ID, window);
                assertShown(shell, "Derni\u00e8re bonne sauvegarde :"::equals, "fr-backup");
                wizardButtonsSpeakFrench(display, Ui.buttonLabelled(shell, "Initialiser le support..."));

                page = workbench.showPerspective(PharmacyPerspective.ID, window);
                assertShown(shell, s -> s.contains("la vue d'exemple du partenaire"), "fr-pharmacy");

                page = workbench.showPerspective(AuditPerspective.ID, window);
                Ui.click(Ui.named(shell, Button.class, AuditReportsView.RUN));
                assertTrue(Ui.waitFor(display, 20_000, () -> Ui.label(shell, AuditReportsView.STATUS).getText().matches(".* : (aucune ligne|1 ligne|[0-9 \u202f\u00a0]+ lignes)\\.")),
                        () -> "the report's summary in French: " + Ui.label(shell, AuditReportsView.STATUS).getText());
                assertShown(shell, "Rapport :"::equals, "fr-audit");

                page = workbench.showPerspective(AdministrationPerspective.ID, window);
                Object editor = window.getService(IHandlerService.class).executeCommand("org.castellan.menu.ui.commands.definition", null);
                assertInstanceOf(MainMenuDefinitionEditor.class, editor);
                assertEquals("D\u00e9finition du menu principal", ((MainMenuDefinitionEditor) editor).getPartName());
                assertShown(shell, s -> s.startsWith("Chaque option du menu principal"), "fr-menu-definition");

                workbenchSpeaksFrench(window);
            } finally {
                for (IWorkbenchPage open : window.getPages()) {
                    open.closeAllEditors(false);
                    open.closeAllPerspectives(false, false);
                }
            }
        }
    }

    /**
     * Eclipse's own strings, translated by Castellan's fragment of JFace: the buttons of a JFace
     * wizard (the Backup view's Initialise Medium), cancelled with Annuler.
     */
    private static void wizardButtonsSpeakFrench(Display display, Button initialise) throws Exception {
        new DialogScript(display).thenShellTitled("Initialiser le support", wizard -> {
            assertEquals("< &Pr\u00e9c\u00e9dent", Ui.button(wizard, IDialogConstants.BACK_ID).getText());
            assertEquals("&Suivant >", Ui.button(wizard, IDialogConstants.NEXT_ID).getText());
            assertEquals("&Terminer", Ui.button(wizard, IDialogConstants.FINISH_ID).getText());
            Button cancel = Ui.button(wizard, IDialogConstants.CANCEL_ID);
            assertEquals("Annuler", cancel.getText());
            Screenshots.of(wizard, "fr-wizard-buttons");
            Ui.click(cancel);
        }).run(() -> Ui.click(initialise));
    }

    /**
     * The workbench's actions in Castellan's File and Window menus, the perspective switcher, two
     * of the workbench's dialogs (Reset Perspective, Show View) and p2's Install New Software
     * wizard, each with French buttons, left without a change.
     */
    private static void workbenchSpeaksFrench(IWorkbenchWindow window) throws Exception {
        Map<ActionFactory, String> menuItems = new LinkedHashMap<>();
        menuItems.put(ActionFactory.SAVE, "&Enregistrer");
        menuItems.put(ActionFactory.SAVE_AS, "Enregistrer &sous...");
        menuItems.put(ActionFactory.CLOSE, "&Fermer l'\u00e9diteur");
        menuItems.put(ActionFactory.CLOSE_ALL, "Fermer &tous les \u00e9diteurs");
        menuItems.put(ActionFactory.QUIT, "&Quitter");
        menuItems.put(ActionFactory.RESET_PERSPECTIVE, "&R\u00e9initialiser la perspective...");
        for (Map.Entry<ActionFactory, String> item : menuItems.entrySet()) {
            ActionFactory.IWorkbenchAction action = item.getKey().create(window);
            try {
                assertEquals(item.getValue(), action.getText(), item.getKey().getId());
            } finally {
                action.dispose();
            }
        }
        Shell shell = window.getShell();
        assertTrue(toolTips(shell).contains("Ouvrir une perspective"), () -> "the perspective switcher in French: " + toolTips(shell));

        IHandlerService handlers = window.getService(IHandlerService.class);
        new DialogScript(shell.getDisplay()).thenShellTitled("R\u00e9initialiser la perspective", reset -> {
            assertTrue(Ui.shownTexts(reset).contains("R\u00e9initialiser la perspective Administration \u00e0 ses valeurs par d\u00e9faut ?"),
                    () -> "the question in French: " + Ui.shownTexts(reset));
            Ui.buttonLabelled(reset, "&R\u00e9initialiser la perspective");
            Button no = Ui.buttonLabelled(reset, "&Non"); // JFace's No
            Screenshots.of(reset, "fr-reset-perspective");
            Ui.click(no);
        }).run(() -> execute(handlers, "org.eclipse.ui.window.resetPerspective"));

        new DialogScript(shell.getDisplay()).thenShellTitled("Afficher la vue", showView -> {
            assertTrue(Ui.all(showView).stream().anyMatch(c -> c instanceof Text text && "saisir le texte du filtre".equals(text.getMessage())),
                    "the filter field's hint in French");
            List<String> categories = Ui.all(showView).stream().filter(Tree.class::isInstance)
                    .flatMap(tree -> Arrays.stream(((Tree) tree).getItems())).map(TreeItem::getText).toList();
            // The product's own categories only (Tycho's harness added the IDE's General one), none left in English.
            assertEquals(List.of("Castellan", "Pharmacie"), categories, "the view categories in French");
            Ui.buttonLabelled(showView, "&Ouvrir");
            Button cancel = Ui.buttonLabelled(showView, "Annuler");
            Screenshots.of(showView, "fr-show-view");
            Ui.click(cancel);
        }).run(() -> execute(handlers, "org.eclipse.ui.views.showView"));

        // issue 21: Open Perspective marked the default perspective "(default)" in every language
        new DialogScript(shell.getDisplay()).thenShellTitled("Ouvrir une perspective", perspectives -> {
            List<String> labels = Ui.all(perspectives).stream().filter(Table.class::isInstance)
                    .flatMap(table -> Arrays.stream(((Table) table).getItems())).map(TableItem::getText).toList();
            assertTrue(labels.stream().anyMatch(label -> label.startsWith("S\u00e9curit\u00e9")), () -> "the perspectives listed: " + labels);
            assertTrue(labels.stream().noneMatch(label -> label.contains("(default)")), () -> "the default perspective's mark in French: " + labels);
            Screenshots.of(perspectives, "fr-open-perspective");
            Ui.click(Ui.buttonLabelled(perspectives, "Annuler"));
        }).run(() -> execute(handlers, "org.eclipse.ui.perspectives.showPerspective"));

        // Help > Install New Software... (an administrator is logged in): p2's wizard, translated by its fragment.
        new DialogScript(shell.getDisplay()).thenShellShowing("Installer", "Logiciels disponibles", install -> {
            List<String> shown = Ui.shownTexts(install);
            assertTrue(shown.contains("&Utiliser :") && shown.contains("S\u00e9lectionnez un site ou saisissez son emplacement."),
                    () -> "the Available Software page in French: " + shown);
            Ui.buttonLabelled(install, "&Ajouter...");
            Ui.buttonLabelled(install, "&Masquer les \u00e9l\u00e9ments d\u00e9j\u00e0 install\u00e9s");
            Button cancel = Ui.button(install, IDialogConstants.CANCEL_ID);
            assertEquals("Annuler", cancel.getText());
            Screenshots.of(install, "fr-install-new-software");
            Ui.click(cancel);
        }).run(() -> execute(handlers, "org.castellan.update.ui.commands.install"));
    }

    /** The tooltips of the window's tool items (view toolbars, the perspective switcher). */
    private static List<String> toolTips(Shell shell) {
        List<String> toolTips = new ArrayList<>();
        for (Control control : Ui.all(shell)) {
            if (control instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    toolTips.add(item.getToolTipText());
                }
            }
        }
        return toolTips;
    }

    private static void execute(IHandlerService handlers, String commandId) {
        try {
            handlers.executeCommand(commandId, null);
        } catch (Exception e) {
            throw new AssertionError("command " + commandId + " failed", e);
        }
    }

    /** Waits until the window shows a text {@code wanted} accepts, then takes the screenshot {@code name}. */
    private static void assertShown(Shell shell, Predicate<String> wanted, String name) throws Exception {
        assertTrue(Ui.waitFor(shell.getDisplay(), 5000, () -> Ui.shownTexts(shell).stream().anyMatch(wanted)),
                () -> name + ": the French text is not shown in " + Ui.shownTexts(shell));
        Screenshots.of(shell, name);
    }

    private static List<String> cells(Tree tree) {
        List<String> cells = new ArrayList<>();
        for (TreeItem section : tree.getItems()) {
            for (TreeItem row : section.getItems()) {
                for (int column = 0; column < tree.getColumnCount(); column++) {
                    cells.add(row.getText(column));
                }
            }
        }
        return cells;
    }
}
