package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.DimensionMembers.Loaded;
import org.castellan.datarights.DimensionMembers.Mode;
import org.castellan.datarights.MemberFileException;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.datarights.internal.DimensionMembersImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Member;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRow;
import org.castellan.store.NewInstallation;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real installation with a data model Sales whose dimension [Customer] takes its members from member files. */
abstract class MemberInstallation {

    static final CastellanFactory F = CastellanFactory.eINSTANCE;

    @TempDir
    Path folder;
    CastellanStore store;
    DataRightsAdministrationImpl administration;
    DimensionMembersImpl members;
    AuthenticatedUser admin;
    String salesId;
    String customerId;
    private int installations;

    @BeforeEach
    void installation() throws Exception {
        store = CastellanStore.create(folder.resolve("inst" + ++installations), NewInstallation.unencrypted("inst"));
        AccountServiceImpl accounts = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()),
                PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
        admin = accounts.createFirstAdministrator("admin", null, "Pharma-2026x".toCharArray());
        administration = new DataRightsAdministrationImpl(store, Clock.systemUTC());
        members = new DimensionMembersImpl(store, Clock.systemUTC());
        DataModel sales = F.createDataModel();
        sales.setName("Sales");
        Measure amount = F.createMeasure();
        amount.setUniqueName("[Measures].[Amount]");
        sales.getMeasures().add(amount);
        Dimension customer = F.createDimension();
        customer.setUniqueName("[Customer]");
        sales.getDimensions().add(customer);
        salesId = administration.saveModel(admin, sales);
        customerId = customer.getId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String file(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    Loaded load(Mode mode, String... lines) throws Exception {
        return members.load(admin, salesId, "[Customer]", new StringReader(file(lines)), mode, DimensionMembers.Progress.NONE);
    }

    List<MemberRow> rows() throws Exception {
        return store.inTransaction(tx -> store.members().all(tx, customerId));
    }
}
