package org.castellan.security.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.SettingsAdministration.Setting;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.EditorProblem;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.castellan.ui.TransientEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

/**
 * Every setting of the installation, grouped by the concern that reads it. Changes are checked as
 * they are typed and saved together with Save (all or none, each journaled by the service);
 * changes made elsewhere are shown while nothing here is unsaved.
 */
public final class InstallationSettingsEditor extends EditorPart {

    public static final String ID = "org.castellan.security.ui.editors.settings"; //$NON-NLS-1$

    /** Widget name of the Test Connection button in the directory's settings. */
    public static final String TEST_CONNECTION = "testDirectoryConnection"; //$NON-NLS-1$

    private static final String DIRECTORY_SETTINGS = "directory."; //$NON-NLS-1$
    private static final String TEST_DIRECTORY_COMMAND = "org.castellan.security.ui.testDirectory"; //$NON-NLS-1$
    private static final String MAPPINGS_COMMAND = "org.castellan.security.ui.directoryMappings"; //$NON-NLS-1$

    /** Widget name of the Group Mappings button in the directory's settings. */
    public static final String OPEN_MAPPINGS = "openDirectoryMappings"; //$NON-NLS-1$

    /** Widget name of the problem shown above the settings. */
    public static final String PROBLEM = "settingsProblem"; //$NON-NLS-1$

    /** The one input: an installation has one set of settings. */
    public record Input() implements TransientEditorInput {

        @Override
        public String getName() {
            return Messages.settingsEditorTitle;
        }
    }

    private final List<SettingField> fields = new ArrayList<>();
    private ScrolledComposite scrolled;
    private Composite body;
    private EditorProblem problem;
    private boolean dirty;
    private Control lastFocused;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(Messages.settingsEditorTitle);
    }

    @Override
    public void createPartControl(Composite parent) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        problem = new EditorProblem(body, Fields.NAME, PROBLEM);
        try {
            List<Setting> settings = settings().settings(SecurityServices.currentUser());
            Map<String, Group> groups = new LinkedHashMap<>();
            for (Setting setting : settings) {
                Group group = groups.computeIfAbsent(setting.descriptor().category(), this::group);
                SettingField field = new SettingField(group, setting.descriptor(), this::changed);
                field.control().addListener(SWT.FocusIn, e -> lastFocused = field.control());
                field.show(setting);
                fields.add(field);
            }
            settings.stream().filter(s -> s.descriptor().key().startsWith(DIRECTORY_SETTINGS)).findFirst()
                    .map(s -> groups.get(s.descriptor().category())).ifPresent(this::testConnectionButton);
        } catch (AccountException e) {
            problem.show(e.getMessage());
        }
        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setShowFocusedControl(true); // Tab through the fields and the one typed in is in sight

        scrolled.addListener(SWT.Resize, e -> fitHeight());
        Events.refreshOn(body, this::followIfClean, SettingsAdministration.TOPIC_SETTING_CHANGED, UserAdministration.TOPIC_GUEST_ACCESS);
    }

    /**
     * Test Connection, at the end of the directory's settings: the command that runs {@code
     * castellan directory test}'s check in a Job; it tries what is saved, so unsaved changes are
     * saved first.
     */
    private void testConnectionButton(Composite directory) {
        Composite buttons = new Composite(directory, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(buttons);
        Button test = new Button(buttons, SWT.PUSH);
        test.setText(Messages.testDirectoryButton);
        test.setData(Fields.NAME, TEST_CONNECTION);
        test.addListener(SWT.Selection, e -> {
            if (dirty) {
                problem.show(Messages.testDirectorySaveFirst);
                return;
            }
            execute(TEST_DIRECTORY_COMMAND);
        });
        // the group mapping is a table of its own (any number of lines): its editor opens from here
        Button mappings = new Button(buttons, SWT.PUSH);
        mappings.setText(Messages.mappingsButton);
        mappings.setData(Fields.NAME, OPEN_MAPPINGS);
        mappings.addListener(SWT.Selection, e -> execute(MAPPINGS_COMMAND));
    }

    private void execute(String command) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException failure) {
            problem.show(failure.getMessage());
        }
    }

    private Group group(String category) {
        Group group = new Group(body, SWT.NONE);
        group.setText(category);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private static SettingsAdministration settings() {
        return Services.get(SettingsAdministration.class);
    }

    /** After each change typed: dirty while something differs, the problems of what was typed shown at once. */
    private void changed() {
        List<String> problems = fields.stream().map(SettingField::problem).flatMap(Optional::stream).toList();
        if (problems.isEmpty()) {
            problem.hide();
        } else {
            problem.show(String.join("\n", problems)); //$NON-NLS-1$
        }
        setDirty(fields.stream().anyMatch(f -> f.change().isPresent()));
        fitHeight();
    }

    /** Scrolls only up and down: the descriptions wrap at the editor's width, and the height follows. */
    private void fitHeight() {
        scrolled.setMinSize(body.computeSize(scrolled.getClientArea().width, SWT.DEFAULT));
    }

    private void setDirty(boolean now) {
        if (dirty != now) {
            dirty = now;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Map<String, String> changes = new LinkedHashMap<>();
        fields.forEach(f -> f.change().ifPresent(value -> changes.put(f.descriptor().key(), value)));
        try {
            settings().change(SecurityServices.currentUser(), changes);
            reload();
        } catch (AccountException e) {
            problem.show(e.getMessage());
            monitor.setCanceled(true);
        }
    }

    /** Shows what the installation holds, dropping what was typed. */
    private void reload() throws AccountException {
        Map<String, Setting> byKey = new LinkedHashMap<>();
        settings().settings(SecurityServices.currentUser()).forEach(s -> byKey.put(s.descriptor().key(), s));
        for (SettingField field : fields) {
            Setting setting = byKey.get(field.descriptor().key());
            if (setting != null) {
                field.show(setting);
            }
        }
        changed();
    }

    /** Another administrator (or the command line) changed settings: shown unless this editor holds unsaved changes. */
    private void followIfClean() {
        if (!dirty) {
            try {
                reload();
            } catch (AccountException e) {
                problem.show(e.getMessage());
            }
        }
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void doSaveAs() {
        // one set of settings: nothing to save it as
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (lastFocused != null && !lastFocused.isDisposed()) {
            lastFocused.setFocus(); // back where the administrator was
        } else {
            body.setFocus();
            scrolled.setOrigin(0, 0); // opening: the first field has the focus, and its group's heading stays in sight
        }
    }
}
