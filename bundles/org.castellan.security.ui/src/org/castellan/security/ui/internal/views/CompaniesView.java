package org.castellan.security.ui.internal.views;

import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.handlers.RenameCompanyHandler;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;

/**
 * The installation's companies: active ones first, archived ones in their own section (they keep
 * their history and open no session). Opening one renames it.
 */
public final class CompaniesView extends SecurityView<CompanyView> {

    public static final String ID = "org.castellan.security.ui.views.companies"; //$NON-NLS-1$

    public CompaniesView() {
        super(CompanyView.class);
    }

    @Override
    protected List<Column<CompanyView>> columns() {
        return List.of(new Column<>(Messages.columnCode, 26, CompanyView::code), new Column<>(Messages.columnName, 30, CompanyView::name),
                new Column<>(Messages.columnState, 12, c -> c.archived() ? Messages.companyArchived : Messages.companyActive));
    }

    @Override
    protected List<CompanyView> load() throws AccountException {
        return Services.get(CompanyAdministration.class).companies();
    }

    @Override
    protected List<Section> sections(List<CompanyView> companies) {
        List<CompanyView> archived = companies.stream().filter(CompanyView::archived).toList();
        if (archived.isEmpty()) {
            return super.sections(companies);
        }
        return List.of(new Section(Messages.sectionActiveCompanies, companies.stream().filter(c -> !c.archived()).toList()),
                new Section(Messages.sectionArchivedCompanies, archived));
    }

    @Override
    protected String summarize(List<CompanyView> companies) {
        long archived = companies.stream().filter(CompanyView::archived).count();
        return NLS.bind(Messages.companiesSummary, companies.size() - archived, archived);
    }

    @Override
    protected String searchText(CompanyView company) {
        return joined(company.code(), company.name());
    }

    @Override
    protected void open(CompanyView company) {
        RenameCompanyHandler.rename(getSite().getShell(), company);
    }
}
