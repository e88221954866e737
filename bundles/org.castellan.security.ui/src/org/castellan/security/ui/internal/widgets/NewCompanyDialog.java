package org.castellan.security.ui.internal.widgets;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.ui.Fields;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * New Company: its code (what users type at login) and its name. Create asks the service, which
 * checks both; a refusal stays in the dialog, with what was typed, until it is fixed or cancelled.
 */
public final class NewCompanyDialog extends TitledDialog {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String CODE = "companyCode"; //$NON-NLS-1$
    public static final String NAME = "companyName"; //$NON-NLS-1$

    private final CompanyAdministration companies;
    private final AuthenticatedUser actor;
    private Text code;
    private Text name;
    private String created;

    public NewCompanyDialog(Shell parent, CompanyAdministration companies, AuthenticatedUser actor) {
        super(parent, Messages.newCompanyTitle, Messages.newCompanyCreate);
        this.companies = companies;
        this.actor = actor;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = titledArea(parent, Messages.newCompanyTitle, Messages.newCompanyMessage);
        Composite body = Fields.body(area, GridLayoutFactory.swtDefaults().numColumns(2));
        code = Fields.text(body, Messages.newCompanyCode, CODE, SWT.NONE);
        code.setTextLimit(CompanyAdministration.MAXIMUM_CODE);
        name = Fields.text(body, Messages.newCompanyName, NAME, SWT.NONE);
        name.setTextLimit(CompanyAdministration.MAXIMUM_NAME);
        code.addModifyListener(e -> update());
        name.addModifyListener(e -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private void update() {
        setErrorMessage(null);
        getButton(IDialogConstants.OK_ID).setEnabled(!code.getText().isBlank() && !name.getText().isBlank());
    }

    @Override
    protected void okPressed() {
        try {
            companies.createCompany(actor, code.getText(), name.getText());
            created = code.getText().strip();
            super.okPressed();
        } catch (AccountException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** The code of the company created; null until Create succeeded. */
    public String created() {
        return created;
    }
}
