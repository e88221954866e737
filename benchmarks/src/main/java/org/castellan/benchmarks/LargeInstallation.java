package org.castellan.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Entity;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.store.CastellanStore;

/**
 * Makes an installation as large as issue 19's, to open in the product and look at (the users
 * view's pages, the workbench's memory): adds 100,000 users, 1,000 groups, 2,000 roles and 5,000
 * rights ({@link SecurityModelGenerator#LARGE}) and a tree of 100,000 folders with 20,000 grants to
 * an installation folder that is not open, for example the one {@link DataRightsCliHarness}
 * generates with its million customers. Run it once per folder.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.LargeInstallation FOLDER
 * </pre>
 */
public final class LargeInstallation {

    static final int FOLDERS = 100_000;
    static final int GRANTS = 20_000;

    private LargeInstallation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: LargeInstallation FOLDER (an installation folder, Castellan closed)");
        }
        long start = System.nanoTime();
        try (CastellanStore store = CastellanStore.open(Path.of(args[0]), Optional.empty())) {
            Installation generated = CastellanFactory.eINSTANCE.createInstallation();
            generated.setId(store.model().load().getId());
            List<Entity> security = new SecurityModelGenerator(SecurityModelGenerator.LARGE).populate(generated);
            ModelStoreBenchmark.save(store, security);
            ModelStoreBenchmark.save(store, folders(generated));
        }
        System.out.printf(Locale.ROOT, "Added %,d users, %,d groups, %,d roles, %,d rights and %,d folders with %,d grants in %.0f s%n",
                SecurityModelGenerator.LARGE.users(), SecurityModelGenerator.LARGE.groups(), SecurityModelGenerator.LARGE.roles(),
                SecurityModelGenerator.LARGE.rights(), FOLDERS, GRANTS, (System.nanoTime() - start) / 1e9);
    }

    /** Ten top folders, ten children under each folder, grants more often near the top (as administrators set them), to groups more than users. */
    private static List<Entity> folders(Installation installation) {
        CastellanFactory f = CastellanFactory.eINSTANCE;
        Random random = new Random(19);
        List<Folder> all = new ArrayList<>(FOLDERS);
        List<Entity> top = new ArrayList<>();
        for (int i = 0; i < FOLDERS; i++) {
            Folder folder = f.createFolder();
            folder.setName("Folder " + i);
            if (i < 10) {
                installation.getObjects().add(folder);
                top.add(folder);
            } else {
                all.get(i / 10 - 1).getChildren().add(folder);
            }
            all.add(folder);
        }
        int granted = 0;
        while (granted < GRANTS) {
            Folder folder = all.get(random.nextInt(4) == 0 ? random.nextInt(FOLDERS) : random.nextInt(1_110));
            Principal principal = random.nextInt(3) == 0 ? installation.getUsers().get(random.nextInt(installation.getUsers().size()))
                    : installation.getGroups().get(random.nextInt(installation.getGroups().size()));
            if (folder.getPermissions().stream().anyMatch(p -> p.getPrincipal() == principal)) {
                continue;
            }
            ObjectPermission permission = f.createObjectPermission();
            permission.setPrincipal(principal);
            permission.setLevel(random.nextInt(7) == 0 ? PermissionLevel.NO_ACCESS : PermissionLevel.get(1 + random.nextInt(3)));
            folder.getPermissions().add(permission);
            granted++;
        }
        return top;
    }
}
