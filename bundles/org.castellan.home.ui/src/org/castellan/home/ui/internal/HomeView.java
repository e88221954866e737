package org.castellan.home.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.audit.LoginsPerDay;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.part.ViewPart;

/**
 * The home: what an administrator should look at first (backups, sessions and bans, logins, the
 * journal, licence seats and passwords, options that cannot be reached), each with its way to act;
 * for anyone else, what concerns his own account. It reads summaries only and reads them again
 * when a service says something changed.
 */
public final class HomeView extends ViewPart {

    public static final String ID = "org.castellan.home.ui.view"; //$NON-NLS-1$
    public static final String GREETING = "home.greeting"; //$NON-NLS-1$

    /** What makes the home read again: the services' events that change what it shows. */
    /** The narrowest the cards are laid out for (pixels); narrower, the view scrolls. */
    private static final int NARROWEST = 320;
    /** The width from which the cards go two by two (pixels). */
    private static final int TWO_COLUMNS_FROM = 640;
    private static final String[] TOPICS = { "org/castellan/backup/*", "org/castellan/sessions/*", "org/castellan/security/login/*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "org/castellan/security/user/*", "org/castellan/security/policy/*", "org/castellan/security/setting/*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "org/castellan/audit/VERIFIED", "org/castellan/audit/PURGED", "org/castellan/menu/CHANGED" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final List<Section> sections = new ArrayList<>();
    private final AccountsRead accounts = new AccountsRead();
    private ScrolledComposite scrolled;
    private Composite body;
    private Label greeting;
    private LoginsSection logins;
    private boolean administrator;
    /** The id of the user the cards were made for. */
    private String builtFor;

    @Override
    public void createPartControl(Composite parent) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(10, 8).spacing(10, 6).applyTo(body);
        scrolled.setContent(body);
        scrolled.addListener(SWT.Resize, e -> fitToWidth());
        greeting = Fields.named(new Label(body, SWT.WRAP), GREETING);
        greeting.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(greeting);
        buildCards(user());
        refresh();
        Events.refreshOn(body, this::refresh, TOPICS);
        inFrontWhenTheHomeOpens();
    }

    /**
     * The administrator's cards, or the user's own: made again when another user logs in to the
     * same window (or the same one gains or loses the right to administer), so that nobody sees
     * the cards of whoever was logged in before him.
     */
    private void buildCards(Optional<AuthenticatedUser> user) {
        for (Control child : body.getChildren()) {
            if (child != greeting) {
                child.dispose();
            }
        }
        sections.clear();
        logins = null;
        administrator = user.isPresent() && isAdministrator(user.get());
        builtFor = user.map(AuthenticatedUser::id).orElse(null);
        Ways ways = new Ways(getSite().getWorkbenchWindow());
        if (administrator) {
            sections.add(new BackupSection(body, ways));
            sections.add(new JournalSection(body));
            sections.add(new SessionsSection(body, ways));
            sections.add(new AccountsSection(body, ways, accounts));
            logins = new LoginsSection(body, ways, accounts);
            sections.add(logins);
            sections.add(new ConsistencySection(body, ways));
        } else {
            sections.add(new OwnSection(body, ways));
        }
    }

    /** Whether the cards were made for another user, or for him with other rights, than the one logged in now. */
    private boolean madeForAnother(Optional<AuthenticatedUser> user) {
        return !Objects.equals(builtFor, user.map(AuthenticatedUser::id).orElse(null))
                || administrator != (user.isPresent() && isAdministrator(user.get()));
    }

    /**
     * The Installation view shares the home's stack and, opened first in another perspective,
     * would be in front when the Home perspective opens: the Home shows the home.
     */
    private void inFrontWhenTheHomeOpens() {
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        IPerspectiveListener listener = new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                if (HomePerspective.ID.equals(perspective.getId()) && page == getSite().getPage()) {
                    page.bringToTop(HomeView.this);
                    if (madeForAnother(user())) {
                        refresh();
                    }
                }
            }
        };
        window.addPerspectiveListener(listener);
        body.addDisposeListener(e -> window.removePerspectiveListener(listener));
        // made while the Home perspective opens, after its activation was announced
        body.getDisplay().asyncExec(() -> {
            IWorkbenchPage page = getSite().getPage();
            if (!body.isDisposed() && page.getPerspective() != null && HomePerspective.ID.equals(page.getPerspective().getId())) {
                page.bringToTop(this);
            }
        });
    }

    private static Optional<AuthenticatedUser> user() {
        return Services.find(WorkbenchSession.class).map(WorkbenchSession::user);
    }

    private static boolean isAdministrator(AuthenticatedUser user) {
        return Services.find(AccessControl.class).map(a -> a.hasRight(user.id(), AccountService.ADMINISTER_RIGHT)).orElse(false);
    }

    /** Reads every card's summary again. */
    public void refresh() {
        if (body == null || body.isDisposed()) {
            return;
        }
        Optional<AuthenticatedUser> user = user();
        if (madeForAnother(user)) {
            buildCards(user);
        }
        if (user.isEmpty()) {
            greeting.setText(Messages.notAvailable);
            return;
        }
        String name = user.get().displayName() == null || user.get().displayName().isBlank() ? user.get().login()
                : user.get().displayName() + " (" + user.get().login() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        greeting.setText(NLS.bind(administrator ? Messages.greetingAdministrator : Messages.greetingUser, name));
        accounts.forget();
        for (Section section : sections) {
            section.refresh(user.get());
        }
        body.layout(true, true);
        fitToWidth();
    }

    /**
     * Two columns of cards where they fit, one below the other in a narrow home (beside an
     * editor): the texts wrap at the view's width rather than run past its edge.
     */
    private void fitToWidth() {
        int width = Math.max(scrolled.getClientArea().width, NARROWEST);
        GridLayout layout = (GridLayout) body.getLayout();
        int columns = width >= TWO_COLUMNS_FROM ? 2 : 1;
        if (layout.numColumns != columns) {
            layout.numColumns = columns;
            body.layout(true, true);
        }
        scrolled.setMinSize(body.computeSize(width, SWT.DEFAULT));
    }

    /** Whether this home shows the administrator's cards (else the user's own). */
    public boolean administrator() {
        return administrator;
    }

    /** The days the logins chart shows (none in a user's own home). */
    public List<LoginsPerDay> chartDays() {
        return logins == null ? List.of() : logins.days();
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
