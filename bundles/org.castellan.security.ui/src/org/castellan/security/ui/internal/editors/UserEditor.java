package org.castellan.security.ui.internal.editors;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.model.SessionPolicy;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RightView;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.RoleLabels;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.handlers.PasswordDialogs;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * A user, on three tabs: Profile (name, e-mail, level, status, session policy, password, login
 * record), Rights (roles given to him, his groups, and the rights he ends up holding) and
 * Companies (where he works and, for a security administrator, which companies he administers).
 */
public final class UserEditor extends SecurityEditor<UserView> {

    public static final String ID = "org.castellan.security.ui.editors.user"; //$NON-NLS-1$

    /** Widget names. */
    public static final String DISPLAY_NAME = "displayName"; //$NON-NLS-1$
    public static final String EMAIL = "email"; //$NON-NLS-1$
    public static final String EXTERNAL = "external"; //$NON-NLS-1$
    public static final String LEVEL = "level"; //$NON-NLS-1$
    public static final String ENABLED = "enabled"; //$NON-NLS-1$
    public static final String SESSION_POLICY = "sessionPolicy"; //$NON-NLS-1$
    public static final String SET_PASSWORD = "setPassword"; //$NON-NLS-1$
    public static final String UNLOCK = "unlock"; //$NON-NLS-1$
    public static final String ROLES = "userRoles"; //$NON-NLS-1$
    public static final String GROUPS = "userGroups"; //$NON-NLS-1$
    public static final String EFFECTIVE = "effectiveRights"; //$NON-NLS-1$
    public static final String TABS = "tabs"; //$NON-NLS-1$
    public static final String WORKS_IN = "worksIn"; //$NON-NLS-1$
    public static final String ADMINISTERS = "administers"; //$NON-NLS-1$

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private static final SessionPolicy[] POLICIES = { SessionPolicy.NORMAL, SessionPolicy.ONE_TRANSACTION };

    private CTabFolder tabs;
    private Label login;
    private Text displayName;
    private Text email;
    private Button external;
    private Spinner level;
    private Button enabled;
    private Combo sessionPolicy;
    private Button setPassword;
    private Label record;
    private Button unlock;
    private DualListPicker<String> roles;
    private DualListPicker<String> groups;
    private ListViewer effective;
    private Map<String, List<String>> rightsOfRole = Map.of();
    private Map<String, List<String>> rolesOfGroup = Map.of();
    private Map<String, String> rightLabels = Map.of();
    private CheckboxTableViewer worksIn;
    private CheckboxTableViewer administers;
    private CompanyScope scope = CompanyScope.EVERYWHERE;
    /** Whether the administrator at work may change scopes: one of some companies only may not. */
    private boolean global;

    @Override
    protected void createContent(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        tabs.setData(Fields.NAME, TABS);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        CTabItem profile = new CTabItem(tabs, SWT.NONE);
        profile.setText(Messages.tabProfile);
        profile.setControl(profilePage(tabs));
        CTabItem rights = new CTabItem(tabs, SWT.NONE);
        rights.setText(Messages.tabRights);
        // The two pickers need more height than a small editor has: that page scrolls rather than clips.
        ScrolledComposite scrolled = new ScrolledComposite(tabs, SWT.V_SCROLL);
        Composite page = rightsPage(scrolled);
        scrolled.setContent(page);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinHeight(page.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
        rights.setControl(scrolled);
        CTabItem companies = new CTabItem(tabs, SWT.NONE);
        companies.setText(Messages.tabCompanies);
        companies.setControl(companiesPage(tabs));
        tabs.setSelection(0);
    }

    private Composite profilePage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.fieldLogin);
        login = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(login);
        displayName = field(page, Messages.fieldDisplayName, DISPLAY_NAME, SWT.SINGLE);
        email = field(page, Messages.fieldEmail, EMAIL, SWT.SINGLE);
        new Label(page, SWT.NONE).setText(Messages.fieldLevel);
        level = new Spinner(page, SWT.BORDER);
        level.setMinimum(0);
        level.setMaximum(AccountService.MAXIMUM_LEVEL);
        level.setData(Fields.NAME, LEVEL);
        level.addModifyListener(e -> changed());
        sessionPolicy = Fields.choice(page, Messages.fieldSessionPolicy, SESSION_POLICY, Messages.sessionNormal, Messages.sessionOneTransaction);
        sessionPolicy.addListener(SWT.Selection, e -> changed());
        external = check(page, Messages.fieldExternal, EXTERNAL);
        enabled = check(page, Messages.fieldEnabled, ENABLED);
        new Label(page, SWT.NONE).setText(Messages.fieldPassword);
        setPassword = new Button(page, SWT.PUSH);
        setPassword.setText(Messages.setPasswordButton);
        setPassword.setData(Fields.NAME, SET_PASSWORD);
        setPassword.addListener(SWT.Selection, e -> PasswordDialogs.setPassword(getSite().getShell(), key()));
        new Label(page, SWT.NONE).setText(Messages.fieldLoginRecord);
        record = new Label(page, SWT.WRAP);
        // A small hint lets the label wrap to the editor's width instead of widening it.
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(record);
        new Label(page, SWT.NONE);
        unlock = new Button(page, SWT.PUSH);
        unlock.setText(Messages.unlockButton);
        unlock.setData(Fields.NAME, UNLOCK);
        unlock.addListener(SWT.Selection, e -> unlock());
        return page;
    }

    private Composite rightsPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        roles = new DualListPicker<>(page, ROLES, Messages.availableRoles, Messages.userRoles, RoleLabels.now()::name);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(roles.control());
        roles.onChange(this::pickersChanged);
        groups = new DualListPicker<>(page, GROUPS, Messages.availableGroups, Messages.userGroups, String::valueOf);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(groups.control());
        groups.onChange(this::pickersChanged);
        new Label(page, SWT.NONE).setText(Messages.effectiveRights);
        effective = new ListViewer(page, SWT.BORDER | SWT.V_SCROLL);
        effective.getList().setData(Fields.NAME, EFFECTIVE);
        effective.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(effective.getList());
        return page;
    }

    private Composite companiesPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(page);
        worksIn = companyList(page, Messages.worksInLabel, Messages.worksInHint, WORKS_IN);
        administers = companyList(page, Messages.administersLabel, Messages.administersHint, ADMINISTERS);
        return page;
    }

    private CheckboxTableViewer companyList(Composite page, String title, String hint, String name) {
        Composite column = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(column);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
        new Label(column, SWT.NONE).setText(title);
        CheckboxTableViewer list = CheckboxTableViewer.newCheckList(column, SWT.BORDER | SWT.V_SCROLL);
        list.getTable().setData(Fields.NAME, name);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> label((CompanyView) o)));
        list.addCheckStateListener(e -> changed());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(list.getTable());
        Label explanation = new Label(column, SWT.WRAP);
        explanation.setText(hint);
        // A small hint lets the text wrap to the column's width instead of widening the editor.
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(explanation);
        return list;
    }

    private static String label(CompanyView company) {
        return NLS.bind(company.archived() ? Messages.archivedCompanyItem : Messages.companyItem, company.code(), company.name());
    }

    private void showScope() throws AccountException {
        CompanyAdministration companies = Services.get(CompanyAdministration.class);
        AuthenticatedUser actor = SecurityServices.currentUser();
        scope = companies.scopeOf(actor, key());
        Object[] all = companies.companies().toArray();
        // Only a global administrator may change a scope: the service refuses the others, the lists say so first.
        global = companies.scopeOf(actor, actor.login()).administers().isEmpty();
        for (CheckboxTableViewer list : List.of(worksIn, administers)) {
            list.setInput(all);
            list.getTable().setEnabled(global);
            list.getTable().setToolTipText(global ? null : Messages.scopeNeedsGlobal);
        }
        check(worksIn, scope.worksIn());
        check(administers, scope.administers());
    }

    private static void check(CheckboxTableViewer list, Set<String> codes) {
        for (Object item : (Object[]) list.getInput()) {
            list.setChecked(item, codes.contains(((CompanyView) item).code()));
        }
    }

    private static Set<String> checked(CheckboxTableViewer list) {
        return Arrays.stream(list.getCheckedElements()).map(o -> ((CompanyView) o).code()).collect(Collectors.toSet());
    }

    private CompanyScope editedScope() {
        return new CompanyScope(checked(worksIn), checked(administers));
    }

    private void pickersChanged() {
        showEffectiveRights();
        changed();
    }

    /** The rights the picked roles and groups give, as he would hold them once saved (disabled users hold none). */
    private void showEffectiveRights() {
        Set<String> roleNames = new HashSet<>(roles.chosen());
        for (String group : groups.chosen()) {
            roleNames.addAll(rolesOfGroup.getOrDefault(group, List.of()));
        }
        Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String role : roleNames) {
            for (String right : rightsOfRole.getOrDefault(role, List.of())) {
                labels.add(rightLabels.getOrDefault(right, right));
            }
        }
        effective.setInput(labels.toArray());
    }

    private static UserAdministration users() {
        return Services.get(UserAdministration.class);
    }

    @Override
    protected UserView read(String key) throws AccountException {
        return users().user(SecurityServices.currentUser(), key);
    }

    @Override
    protected void show(UserView user) throws AccountException {
        login.setText(user.guest() ? NLS.bind(Messages.guestLogin, user.login()) : user.login());
        displayName.setText(user.displayName() == null ? "" : user.displayName()); //$NON-NLS-1$
        email.setText(user.email() == null ? "" : user.email()); //$NON-NLS-1$
        external.setSelection(user.external());
        external.setEnabled(!user.guest());
        level.setSelection(user.authorizationLevel());
        enabled.setSelection(user.enabled());
        enabled.setText(user.guest() ? Messages.fieldGuestAccess : Messages.fieldEnabled);
        sessionPolicy.select(user.sessionPolicy() == SessionPolicy.ONE_TRANSACTION ? 1 : 0);
        // a domain user's password is the directory's: nothing to set here, and the button says so
        setPassword.setEnabled(!user.guest() && !user.domain());
        setPassword.setText(user.domain() ? Messages.passwordInDirectory : Messages.setPasswordButton);
        setPassword.getParent().layout(new Control[] { setPassword });
        showRecord(user);
        List<RoleView> allRoles = Services.get(RoleAdministration.class).roles();
        List<GroupView> allGroups = Services.get(GroupAdministration.class).groups();
        rightsOfRole = allRoles.stream().collect(Collectors.toMap(RoleView::name, RoleView::rights));
        rolesOfGroup = allGroups.stream().collect(Collectors.toMap(GroupView::name, GroupView::roles));
        rightLabels = Services.get(RoleAdministration.class).rights().stream().collect(Collectors.toMap(RightView::id, RoleEditor::label));
        roles.setInput(names(allRoles, RoleView::name), user.roles());
        groups.setInput(names(allGroups, GroupView::name), user.groups());
        showScope();
        showEffectiveRights();
    }

    private void showRecord(UserView user) {
        record.setText(NLS.bind(Messages.loginRecord, new Object[] { user.lastLogin().map(WHEN::format).orElse(Messages.never),
                user.lastFailure().map(WHEN::format).orElse(Messages.never),
                user.lockedUntil().map(t -> NLS.bind(Messages.lockedUntil, WHEN.format(t))).orElse(Messages.notLocked) }));
        unlock.setEnabled(user.lockedUntil().isPresent());
        record.getParent().layout(true);
    }

    private static <T> List<String> names(Collection<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }

    private UserChange edited(UserView user) {
        return new UserChange(user.login(), user.version(), value(displayName), value(email), external.getSelection(), level.getSelection(),
                enabled.getSelection(), POLICIES[Math.max(0, sessionPolicy.getSelectionIndex())], roles.chosen(), groups.chosen());
    }

    @Override
    protected boolean differs(UserView user) {
        UserChange now = edited(user);
        UserChange before = UserChange.of(user);
        return !same(displayName, before.displayName()) || !same(email, before.email()) || now.external() != before.external()
                || now.authorizationLevel() != before.authorizationLevel() || now.enabled() != before.enabled()
                || now.sessionPolicy() != before.sessionPolicy() || !now.roles().equals(before.roles()) || !now.groups().equals(before.groups())
                || !editedScope().equals(scope);
    }

    @Override
    protected String save(UserView user) throws AccountException {
        users().updateUser(SecurityServices.currentUser(), edited(user), editedScope());
        return user.login();
    }

    @Override
    protected GuestRuleQuestion guestRuleQuestion(UserView user) {
        if (!user.guest()) {
            return null; // the rule is about the guest: nobody else's save can give him anything
        }
        UserChange change = edited(user);
        return new GuestRuleQuestion(List.of(change.enabled(), change.roles(), change.groups()),
                () -> users().wouldGiveGuest(SecurityServices.currentUser(), change));
    }

    @Override
    protected String saveAsNew(UserView user) throws AccountException {
        UserChange template = edited(user);
        // The copy works where this one does; one who administers some companies gives his own instead.
        return PasswordDialogs.newUserLike(getSite().getShell(), template, global ? editedScope() : null).orElse(null);
    }

    private void unlock() {
        try {
            users().unlock(SecurityServices.currentUser(), key());
            // Only the login record changed: edits in progress stay.
            showRecord(read(key()));
        } catch (AccountException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.unlockFailedTitle, e.getMessage());
        }
    }

    @Override
    protected long version(UserView user) {
        return user.version();
    }

    @Override
    protected String heading(UserView user) {
        return NLS.bind(Messages.userHeading, user.shownName(), user.login());
    }

    /** Shows the Rights tab, for tests and for handlers that open the editor to give roles. */
    public void showRightsTab() {
        tabs.setSelection(1);
    }
}
