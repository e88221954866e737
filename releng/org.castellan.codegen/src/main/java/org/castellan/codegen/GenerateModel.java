package org.castellan.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of {@code org.castellan.model} from its genmodel, outside OSGi and
 * without an IDE.
 * <p>
 * Arguments: the model bundle folder, a scratch folder, and {@code true} to rewrite the bundle's
 * {@code src-gen} or {@code false} to only compare it with freshly generated code (the build's
 * default, which fails when someone edited the .ecore without regenerating, or edited generated
 * code by hand).
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "org.castellan.model";
    private static final String SCRATCH_PROJECT = "org.castellan.model.generated";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateModel <model bundle folder> <scratch folder> <write: true|false>");
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[1]).toAbsolutePath().normalize();
        boolean write = Boolean.parseBoolean(args[2]);

        deleteTree(scratch);
        Files.createDirectories(scratch);
        generate(bundle, scratch);

        Path committed = bundle.resolve("src-gen");
        Path fresh = scratch.resolve("src-gen");
        if (write) {
            deleteTree(committed);
            copyTree(fresh, committed);
            System.out.println("Regenerated " + committed);
            return;
        }
        List<String> differences = compare(fresh, committed);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The committed model code in " + committed
                    + " differs from what castellan.genmodel generates:\n  " + String.join("\n  ", differences)
                    + "\nRegenerate it with: ./mvnw -pl releng/org.castellan.codegen verify -Dcastellan.codegen.write=true");
        }
        System.out.println("Model code in " + committed + " is up to date with castellan.genmodel");
    }

    private static void generate(Path bundle, Path scratch) {
        // Outside OSGi nobody registers the generator adapters, and without them the generator silently writes nothing.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Map<String, URI> platformResources = EcorePlugin.getPlatformResourceMap();
        platformResources.put(MODEL_BUNDLE, URI.createFileURI(bundle.toString() + "/"));
        platformResources.put(SCRATCH_PROJECT, URI.createFileURI(scratch.toString() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/castellan.genmodel", true);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        // The committed genmodel lists packages only; initialize() adds the class and feature settings
        // from the .ecore, reconcile() drops whatever no longer matches it.
        genModel.initialize(genModel.getGenPackages().stream().map(p -> p.getEcorePackage()).toList());
        genModel.reconcile();
        genModel.setModelDirectory("/" + SCRATCH_PROJECT + "/src-gen");
        genModel.setCanGenerate(true);
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("castellan.genmodel is invalid: " + validation);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Model generation failed: " + result);
        }
    }

    private static List<String> compare(Path fresh, Path committed) throws IOException {
        Map<String, Path> expected = javaFiles(fresh);
        Map<String, Path> actual = javaFiles(committed);
        List<String> differences = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            Path other = actual.get(entry.getKey());
            if (other == null) {
                differences.add("missing: " + entry.getKey());
            } else if (!normalized(entry.getValue()).equals(normalized(other))) {
                differences.add("differs: " + entry.getKey());
            }
        }
        for (String name : actual.keySet()) {
            if (!expected.containsKey(name)) {
                differences.add("not generated: " + name);
            }
        }
        return differences;
    }

    private static String normalized(Path file) throws IOException {
        return Files.readString(file).replace("\r\n", "\n");
    }

    private static Map<String, Path> javaFiles(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
