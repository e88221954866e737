package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;

import java.util.List;
import java.util.function.BiFunction;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.Dimension;
import org.castellan.model.Entity;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.castellan.model.Report;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.security.AccountService;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.test.support.ModelParts;

/**
 * What host applications register in an installation, for the tests of the commands that
 * administer it: the folder/report tree (written to the store as a host's registration is; no
 * Castellan service creates folders) and data models (through the data-rights service, as hosts
 * register them).
 */
final class HostObjects {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private HostObjects() {
    }

    /** Adds to the stored model in one transaction what the work returns; the administrator is given to it. */
    static void store(CliInstallation installation, BiFunction<Installation, User, List<? extends Entity>> work) throws Exception {
        installation.with(services -> {
            CastellanStore store = services.get(CastellanStore.class);
            try {
                return store.inTransaction(tx -> {
                    Installation model = store.model().load(tx);
                    User admin = model.getUsers().stream().filter(u -> u.getLogin().equals(ADMIN)).findFirst().orElseThrow();
                    for (Entity added : work.apply(model, admin)) {
                        store.model().insert(tx, added);
                    }
                    return null;
                });
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Registers folders and reports at the top of the tree. */
    static void tree(CliInstallation installation, RepositoryObject... tops) throws Exception {
        store(installation, (model, admin) -> {
            model.getObjects().addAll(List.of(tops));
            return List.of(tops);
        });
    }

    static Folder folder(String name, RepositoryObject... children) {
        Folder folder = F.createFolder();
        folder.setName(name);
        folder.getChildren().addAll(List.of(children));
        return folder;
    }

    static Report report(String name) {
        Report report = F.createReport();
        report.setName(name);
        return report;
    }

    /** Registers data models as a host does, through the data-rights service, as the administrator. */
    static void models(CliInstallation installation, DataModel... models) throws Exception {
        installation.with(services -> {
            DataRightsAdministration administration = services.get(DataRightsAdministration.class);
            try {
                for (DataModel model : models) {
                    administration.saveModel(services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray()), model);
                }
            } catch (org.castellan.datarights.DataRightsException e) {
                throw new AssertionError(e);
            }
            return null;
        });
    }

    /**
     * Sales: the measures Amount and Margin; the dimension [Date] with the years 2006 and 2007 and
     * a month under each (4 members), and [Customer] with ACME and Globex (2).
     */
    static DataModel sales() {
        DataModel sales = model("Sales", "Amount", "Margin");
        Dimension date = dimension("[Date]", "Date");
        for (String year : List.of("2006", "2007")) {
            Member y = member("[Date].[" + year + "]");
            y.getChildren().add(member("[Date].[" + year + "].[01]"));
            date.getMembers().add(y);
        }
        Dimension customer = dimension("[Customer]", null);
        customer.getMembers().addAll(List.of(member("[Customer].[ACME]"), member("[Customer].[Globex]")));
        sales.getDimensions().addAll(List.of(date, customer));
        return sales;
    }

    /** A model with these measures ([Measures].[name]) and no dimension. */
    static DataModel model(String name, String... measures) {
        return ModelParts.dataModel(name, measures);
    }

    static Dimension dimension(String uniqueName, String caption) {
        return ModelParts.dimension(uniqueName, caption);
    }

    static Member member(String uniqueName) {
        return ModelParts.member(uniqueName, null);
    }
}
