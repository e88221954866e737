package org.castellan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.Report;
import org.castellan.model.User;
import org.castellan.model.io.InvalidModelException;
import org.castellan.model.io.ModelExchange;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class ModelExchangeTest {

    @Test
    void xmiExportThenImportGivesAnEqualModel() throws Exception {
        Installation original = SampleInstallation.pharmacy();

        Installation imported = roundTrip(original);

        assertNotSame(original, imported);
        assertTrue(EcoreUtil.equals(original, imported), "every attribute, containment and reference survives XMI");
        User paul = imported.getUsers().stream().filter(u -> u.getLogin().equals("Paul")).findFirst().orElseThrow();
        assertSame(imported.getGroups().get(0), paul.getMemberships().get(0).getGroup(), "references point into the imported model");
        Report margins = (Report) ((Folder) ((Folder) imported.getObjects().get(0)).getChildren().get(0)).getChildren().get(0);
        assertSame(paul, margins.getPermissions().get(0).getPrincipal());
    }

    @Test
    void exportLeavesTheModelWhereItWas() throws Exception {
        Installation original = SampleInstallation.pharmacy();
        ModelExchange.write(original, new ByteArrayOutputStream());
        assertEquals(null, original.eResource(), "the export works on a copy");
    }

    @Test
    void importRefusesAuthorizationLevelsOutsideZeroToNine() throws Exception {
        Installation model = SampleInstallation.pharmacy();
        model.getUsers().get(0).setAuthorizationLevel(10);
        byte[] xmi = write(model);

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelExchange.read(new ByteArrayInputStream(xmi)));
        assertTrue(e.getMessage().contains("10"), e.getMessage());
    }

    @Test
    void importRefusesARequiredNameLeftOut() throws Exception {
        Installation model = SampleInstallation.pharmacy();
        model.getRoles().get(0).setName(null);
        byte[] xmi = write(model);

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelExchange.read(new ByteArrayInputStream(xmi)));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void importRefusesDataThatIsNotACastellanModel() {
        byte[] garbage = "<not-a-model/>".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> ModelExchange.read(new ByteArrayInputStream(garbage)));
    }

    @Test
    void theSampleUsesValidValuesOnly() {
        assertEquals(0, ModelExchange.validate(SampleInstallation.pharmacy()).getSeverity());
    }

    private static Installation roundTrip(Installation model) throws Exception {
        return ModelExchange.read(new ByteArrayInputStream(write(model)));
    }

    private static byte[] write(Installation model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelExchange.write(model, out);
        return out.toByteArray();
    }
}
