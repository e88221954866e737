package org.castellan.product.walk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.castellan.app.session.WorkbenchSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.views.IViewDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Walks what the logged-in user can reach, as he would: every perspective of Open Perspective, every
 * view of Show View, every report of the Audit Reports view run and exported as CSV and PDF, then
 * every enabled item of the main menu, each dialog it opens photographed and cancelled, in a window of
 * 1024x768, then the dialogs and wizards no menu item opens ({@link DialogWalk}). Writes one line per
 * step to {@code walk.txt} ({@code perspective}, {@code view}, {@code report}, {@code menu},
 * {@code dialog}, {@code error}, {@code cut} for each text a screenshot shows cut (see
 * {@link CutText}), {@code untitled} for a dialog without a title, and {@code done} at the end),
 * screenshots beside it, then closes the workbench. Whatever goes wrong is also logged, so the installation's log tells it too.
 */
final class ScreenWalk {

    /** Items that end the session or the walk itself. */
    private static final Set<String> NOT_WALKED = Set.of("org.eclipse.ui.file.exit", "org.eclipse.ui.file.restartWorkbench", //$NON-NLS-1$ //$NON-NLS-2$
            "org.castellan.app.commands.logOut", "org.eclipse.ui.window.closeAllPerspectives", "org.eclipse.ui.window.closePerspective"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final long OPEN_WAIT_MILLIS = 4000;
    private static final int MAX_WIZARD_PAGES = 5;
    private static final int SMALL_SCREEN_WIDTH = 1024;
    private static final int SMALL_SCREEN_HEIGHT = 768;

    private final IWorkbench workbench;
    private final Path output;
    private final Path record;
    private final UiThread ui;
    private final WalkData data;
    private int shots;

    ScreenWalk(IWorkbench workbench, Path output) {
        this.workbench = workbench;
        this.output = output;
        this.record = output.resolve("walk.txt");
        this.ui = new UiThread(workbench.getDisplay());
        this.data = new WalkData(output);
    }

    void run() {
        try {
            Files.createDirectories(output);
            Files.deleteIfExists(record);
            ui.settle(2000);
            IWorkbenchWindow window = ui.call(() -> workbench.getWorkbenchWindows()[0]);
            // The smallest screen administrators are expected to have: what is readable there is everywhere.
            ui.run(() -> window.getShell().setBounds(0, 0, SMALL_SCREEN_WIDTH, SMALL_SCREEN_HEIGHT));
            ui.settle(500);
            perspectives(window);
            views(window);
            new ReportWalk(ui, this, output.resolve("exports")).walk(ui.call(window::getActivePage), loggedIn()); //$NON-NLS-1$
            new MenuWalk(ui, this, NOT_WALKED).walk(ui.call(window::getShell));
            new DialogWalk(ui, this, data).walk(window);
            write("done"); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            error("the walk stopped", e); //$NON-NLS-1$
        } finally {
            ui.run(() -> workbench.close());
        }
    }

    private void perspectives(IWorkbenchWindow window) throws IOException {
        List<IPerspectiveDescriptor> all = ui.call(() -> Arrays.asList(workbench.getPerspectiveRegistry().getPerspectives()));
        for (IPerspectiveDescriptor perspective : all) {
            try {
                ui.run(() -> {
                    try {
                        workbench.showPerspective(perspective.getId(), window);
                    } catch (org.eclipse.ui.WorkbenchException e) {
                        throw new IllegalStateException(e);
                    }
                });
                ui.settle(800);
                write("perspective " + perspective.getId() + " " + screenshot(ui.call(window::getShell), "perspective-" + perspective.getId())); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (RuntimeException e) {
                error("perspective " + perspective.getId(), e); //$NON-NLS-1$
            }
        }
    }

    private void views(IWorkbenchWindow window) throws IOException {
        List<IViewDescriptor> all = ui.call(() -> Arrays.stream(workbench.getViewRegistry().getViews())
                .filter(view -> !WorkbenchActivityHelper.filterItem(view)).toList());
        for (IViewDescriptor view : all) {
            try {
                IWorkbenchPage page = ui.call(window::getActivePage);
                IViewPart part = ui.call(() -> {
                    try {
                        return page.showView(view.getId());
                    } catch (org.eclipse.ui.PartInitException e) {
                        throw new IllegalStateException(e);
                    }
                });
                ui.settle(600);
                write("view " + view.getId() + " " + screenshot(ui.call(window::getShell), "view-" + view.getId())); //$NON-NLS-1$ //$NON-NLS-2$
                ui.run(() -> page.hideView(part));
            } catch (RuntimeException e) {
                error("view " + view.getId(), e); //$NON-NLS-1$
            }
        }
    }

    /** The visible shells of the display now. */
    Set<Shell> shells() {
        return ui.call(() -> {
            Set<Shell> open = new HashSet<>();
            for (Shell shell : Display.getCurrent().getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    open.add(shell);
                }
            }
            return open;
        });
    }

    /** Waits for a selected item's dialogs, photographs and cancels each; what was seen, for the record. */
    String answer(Set<Shell> before, AtomicBoolean returned, String name) throws IOException {
        List<String> seen = new ArrayList<>();
        Set<Shell> opened = awaitNewShells(before, returned);
        for (int round = 0; round < 6 && !opened.isEmpty(); round++) {
            ui.settle(700);
            for (Shell shell : opened) {
                String title = ui.call(() -> shell.isDisposed() ? "" : shell.getText()); //$NON-NLS-1$
                String file = screenshot(shell, name);
                seen.add('"' + title + "\" " + file); //$NON-NLS-1$
                for (String page : laterPages(shell, name)) {
                    seen.add("next " + page); //$NON-NLS-1$
                }
                if (title.isBlank()) {
                    write("untitled " + file + ": " + name); //$NON-NLS-1$ //$NON-NLS-2$ // a window manager would show an empty title bar
                }
                ui.run(() -> {
                    if (!shell.isDisposed()) {
                        shell.close();
                    }
                });
            }
            ui.settle(400);
            opened = new HashSet<>(shells());
            opened.removeAll(before);
        }
        for (int i = 0; i < 3 && !returned.get(); i++) {
            ui.pressEscape(); // a native dialog (files, folders): SWT has no shell to close
            ui.settle(1000);
            seen.add("native dialog closed with Escape"); //$NON-NLS-1$
        }
        if (!returned.get()) {
            throw new IllegalStateException(name + " still runs after its dialogs were closed"); //$NON-NLS-1$
        }
        return seen.isEmpty() ? "ran" : String.join(", ", seen); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A wizard's later pages, each photographed after its Next button; a page whose Next is not yet
     * enabled is filled first as a user would ({@link #fill}).
     */
    private List<String> laterPages(Shell shell, String name) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < MAX_WIZARD_PAGES; page++) {
            Button next = ui.call(() -> shell.isDisposed() ? null : nextButton(shell));
            String filled = name + "-" + page; //$NON-NLS-1$
            if (next == null && ui.call(() -> !shell.isDisposed() && fill(shell, filled))) {
                ui.settle(500);
                next = ui.call(() -> shell.isDisposed() ? null : nextButton(shell));
            }
            if (next == null) {
                break;
            }
            Button click = next;
            ui.run(() -> click.notifyListeners(SWT.Selection, new Event()));
            ui.settle(700);
            pages.add(screenshot(shell, name + "-page" + (page + 2))); //$NON-NLS-1$
        }
        return pages;
    }

    /**
     * Fills the visible empty fields of a wizard's page with valid values: a new empty folder (what
     * the wizards' fields ask for), a passphrase in a password field. Whether it filled any. UI thread.
     */
    private boolean fill(Composite root, String name) {
        boolean filled = false;
        for (Control child : root.getChildren()) {
            if (child instanceof Text field && field.isVisible() && field.isEnabled() && field.getEditable() && field.getText().isEmpty()) {
                boolean secret = (field.getStyle() & SWT.PASSWORD) != 0;
                field.setText(secret ? WalkData.PASSPHRASE : data.emptyFolder(name.replaceAll("[^A-Za-z0-9.-]+", "_")).toString()); //$NON-NLS-1$ //$NON-NLS-2$
                filled = true;
            } else if (child instanceof Composite composite) {
                filled |= fill(composite, name);
            }
        }
        return filled;
    }

    /** The enabled Next button of a wizard dialog (JFace gives each dialog button its id as data). */
    private static Button nextButton(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof Button button && Integer.valueOf(IDialogConstants.NEXT_ID).equals(button.getData()) && button.isEnabled()
                    && button.isVisible()) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = nextButton(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Set<Shell> awaitNewShells(Set<Shell> before, AtomicBoolean returned) {
        long deadline = System.currentTimeMillis() + OPEN_WAIT_MILLIS;
        Set<Shell> opened = new HashSet<>();
        while (opened.isEmpty() && System.currentTimeMillis() < deadline) {
            ui.settle(200);
            opened.addAll(shells());
            opened.removeAll(before);
            if (opened.isEmpty() && returned.get() && System.currentTimeMillis() > deadline - OPEN_WAIT_MILLIS / 2) {
                break; // ran and opened nothing
            }
        }
        return opened;
    }

    /** How many editors the window whose shell is {@code main} has open. UI thread. */
    int openEditors(Shell main) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            if (window.getShell() == main && window.getActivePage() != null) {
                return window.getActivePage().getEditorReferences().length;
            }
        }
        return 0;
    }

    /** Closes the editors a menu item opened, without asking to save: the next item starts from the same window. */
    void closeEditors(Shell main) {
        ui.run(() -> {
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                if (window.getShell() == main && window.getActivePage() != null) {
                    window.getActivePage().closeAllEditors(false);
                }
            }
        });
    }

    /** Who the walk runs as: the session the product published at log-in. */
    private static String loggedIn() {
        BundleContext context = FrameworkUtil.getBundle(ScreenWalk.class).getBundleContext();
        ServiceReference<WorkbenchSession> session = context.getServiceReference(WorkbenchSession.class);
        try {
            return context.getService(session).user().login();
        } finally {
            context.ungetService(session);
        }
    }

    String screenshot(Shell shell, String name) throws IOException {
        shots++;
        String file = String.format(Locale.ROOT, "%03d-%s.png", shots, name.replaceAll("[^A-Za-z0-9.-]+", "_")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ui.screenshot(shell, output.resolve(file));
        Point size = ui.call(() -> shell.isDisposed() ? new Point(0, 0) : shell.getSize());
        if (size.x > SMALL_SCREEN_WIDTH || size.y > SMALL_SCREEN_HEIGHT) {
            // the walk's display may be larger: on the smallest screen the window's edge would be off it
            write(String.format(Locale.ROOT, "cut %s: window %dx%d larger than the %dx%d screen", file, size.x, size.y, SMALL_SCREEN_WIDTH, //$NON-NLS-1$
                    SMALL_SCREEN_HEIGHT));
        }
        for (String cut : ui.call(() -> shell.isDisposed() ? List.<String>of() : CutText.in(shell))) {
            write("cut " + file + ": " + cut); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return file;
    }

    void write(String line) throws IOException {
        Files.writeString(record, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void error(String what, Exception e) {
        ILog.of(getClass()).error("Screen walk: " + what + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            write("error " + what + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException notWritten) {
            e.addSuppressed(notWritten);
        }
    }
}
