package org.castellan.security.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.castellan.directory.DirectoryPerson;
import org.castellan.directory.DirectoryService;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Search the directory by name, tick people, Import: they become domain users in one step (all or
 * none), without a password (the directory keeps it). Searches and the import run in Jobs; people
 * who are Castellan users already are shown but cannot be ticked.
 */
public final class ImportFromDirectoryDialog extends TitledDialog {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String SEARCH_TEXT = "directorySearch"; //$NON-NLS-1$
    public static final String SEARCH = "directorySearchButton"; //$NON-NLS-1$
    public static final String RESULTS = "directoryPeople"; //$NON-NLS-1$
    public static final String LEVEL = NewUserDialog.LEVEL;

    private Text text;
    private Button search;
    private Table people;
    private Spinner level;
    private List<String> imported = List.of();

    public ImportFromDirectoryDialog(Shell parent) {
        super(parent, Messages.importDirectoryShellTitle, Messages.importDirectoryButton);
        setHelpAvailable(false);
    }

    /** The logins created by the last Import. */
    public List<String> imported() {
        return imported;
    }

    @Override
    public void create() {
        createTitled(Messages.importDirectoryTitle, Messages.importDirectoryMessage);
        updateImportButton();
        text.setFocus();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 3);
        new Label(body, SWT.NONE).setText(Messages.fieldDirectorySearch);
        text = new Text(body, SWT.BORDER | SWT.SEARCH);
        text.setData(Fields.NAME, SEARCH_TEXT);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.DefaultSelection, e -> search());
        search = new Button(body, SWT.PUSH);
        search.setText(Messages.directorySearchButton);
        search.setData(Fields.NAME, SEARCH);
        search.addListener(SWT.Selection, e -> search());
        people = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        people.setData(Fields.NAME, RESULTS);
        people.setHeaderVisible(true);
        for (String caption : List.of(Messages.columnLogin, Messages.columnName, Messages.columnEmail)) {
            TableColumn column = new TableColumn(people, SWT.NONE);
            column.setText(caption);
            column.setWidth(170);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(520, 240).applyTo(people);
        people.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getData() instanceof DirectoryPerson p && p.existing()) {
                item.setChecked(false); // a Castellan user already
            }
            updateImportButton();
        });
        level = NewUserDialog.levelField(body);
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.importDirectoryPasswordNote);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(520, SWT.DEFAULT).applyTo(note);
        return area;
    }

    private void search() {
        String typed = text.getText();
        DirectoryService directory = Services.get(DirectoryService.class);
        setBusy(true);
        DirectoryJob.run(getShell().getDisplay(), Messages.directorySearchJob, () -> directory.search(SecurityServices.currentUser(), typed),
                this::show, this::refused);
    }

    private void show(List<DirectoryPerson> found) {
        if (people.isDisposed()) {
            return;
        }
        setBusy(false);
        people.removeAll();
        for (DirectoryPerson person : found) {
            TableItem item = new TableItem(people, SWT.NONE);
            item.setText(new String[] { person.login(), person.name(), person.mail() });
            item.setData(person);
            if (person.existing()) {
                item.setGrayed(true);
                item.setForeground(people.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            }
        }
        setErrorMessage(null);
        setMessage(found.isEmpty() ? Messages.directoryNobodyFound
                : NLS.bind(found.size() >= DirectoryService.SEARCH_LIMIT ? Messages.directoryFoundMany : Messages.directoryFound, found.size()));
        updateImportButton();
    }

    private void refused(String message) {
        if (people.isDisposed()) {
            return;
        }
        setBusy(false);
        setErrorMessage(message);
        updateImportButton();
    }

    private List<String> ticked() {
        List<String> logins = new ArrayList<>();
        for (TableItem item : people.getItems()) {
            if (item.getChecked() && item.getData() instanceof DirectoryPerson p && !p.existing()) {
                logins.add(p.login());
            }
        }
        return logins;
    }

    private void updateImportButton() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(search.isEnabled() && !ticked().isEmpty());
        }
    }

    private void setBusy(boolean busy) {
        search.setEnabled(!busy);
        text.setEnabled(!busy);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!busy && !ticked().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        List<String> logins = ticked();
        int chosenLevel = level.getSelection();
        DirectoryService directory = Services.get(DirectoryService.class);
        setBusy(true);
        DirectoryJob.run(getShell().getDisplay(), Messages.directoryImportJob,
                () -> directory.importUsers(SecurityServices.currentUser(), logins, chosenLevel), created -> {
                    imported = created;
                    if (!people.isDisposed()) {
                        super.okPressed();
                    }
                }, this::refused);
    }
}
