package org.castellan.sessions.ui.internal;

import java.util.List;

import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.ui.Fields;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The company a user works in, asked at login and by Switch Company… when he may work in several:
 * the one proposed is the last of this workstation. A double click chooses.
 */
public final class ChooseCompanyDialog extends TitledDialog {

    /** Widget name of the list. */
    public static final String COMPANIES = "companies"; //$NON-NLS-1$

    private final List<CompanyView> companies;
    private final String proposed;
    private final String message;
    private org.eclipse.swt.widgets.List list;
    private CompanyView chosen;

    /**
     * @param companies the active companies he may work in, two or more
     * @param proposed  the code of the company to select first; null for the first
     * @param okLabel   what choosing does (Open Session, Switch)
     */
    public ChooseCompanyDialog(Shell parent, List<CompanyView> companies, String proposed, String message, String okLabel) {
        super(parent, Messages.chooseCompanyTitle, okLabel);
        this.companies = List.copyOf(companies);
        this.proposed = proposed;
        this.message = message;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = titledArea(parent, Messages.chooseCompanyTitle, message);
        Composite body = Fields.body(area, GridLayoutFactory.swtDefaults());
        list = Fields.named(new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), COMPANIES);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, list.getItemHeight() * Math.min(10, companies.size()) + 4).applyTo(list);
        int selected = 0;
        for (int i = 0; i < companies.size(); i++) {
            CompanyView company = companies.get(i);
            list.add(NLS.bind(Messages.companyItem, company.code(), company.name()));
            if (company.code().equals(proposed)) {
                selected = i;
            }
        }
        list.select(selected);
        list.showSelection();
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void okPressed() {
        chosen = companies.get(Math.max(0, list.getSelectionIndex()));
        super.okPressed();
    }

    /** The company chosen with OK. */
    public CompanyView chosen() {
        return chosen;
    }
}
