package org.castellan.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Exports an installation's model to XMI and imports it back: the exchange format between
 * installations and for support. Imports are validated (levels 0-9, required names) before anything
 * uses them.
 *
 * @since 0.1
 */
public final class ModelExchange {

    private static final String FILE_EXTENSION = "castellan"; //$NON-NLS-1$

    private ModelExchange() {
    }

    /** Writes a copy of the installation's model; the model itself is not moved or changed. */
    public static void write(Installation installation, OutputStream out) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("export." + FILE_EXTENSION)); //$NON-NLS-1$
        resource.getContents().add(EcoreUtil.copy(installation));
        resource.save(out, options());
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException             if the data is not a Castellan model
     * @throws InvalidModelException   if it is one but breaks the model's constraints
     */
    public static Installation read(InputStream in) throws IOException, InvalidModelException {
        Resource resource = newResourceSet().createResource(URI.createURI("import." + FILE_EXTENSION)); //$NON-NLS-1$
        try {
            resource.load(in, options());
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Installation)) {
            throw new IOException("the data holds no Castellan installation"); //$NON-NLS-1$
        }
        Installation installation = (Installation) resource.getContents().get(0);
        Diagnostic diagnostic = validate(installation);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new InvalidModelException(diagnostic);
        }
        return installation;
    }

    /** Checks every constraint of the model (ranges, required features) on a whole installation. */
    public static Diagnostic validate(EObject root) {
        BasicDiagnostic all = new BasicDiagnostic();
        Diagnostician.INSTANCE.validate(root, all);
        return all;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
        set.getPackageRegistry().put(CastellanPackage.eNS_URI, CastellanPackage.eINSTANCE);
        return set;
    }

    private static Map<Object, Object> options() {
        return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE); //$NON-NLS-1$
    }
}
