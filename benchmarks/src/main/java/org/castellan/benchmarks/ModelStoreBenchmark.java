package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving and reloading the model of a large installation (10,000 users, 500 roles, 2,000 rights,
 * 200 groups) in an embedded Derby store, as the product does it: one transaction with one batch
 * per table to save, {@code ModelRepository.load()} to read it back.
 * <p>
 * Both are whole-model operations that take hundreds of milliseconds, so each measured call is
 * timed on its own (single shot) in a fresh store, after warm-up calls that let the JIT settle.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ModelStoreBenchmark {

    /** A new, empty installation in a temporary folder of its own; the states below say when one is made. */
    public abstract static class ScratchStore {
        Path folder;
        CastellanStore store;

        void createEmpty(String folderPrefix) throws IOException, StoreException {
            folder = Files.createTempDirectory(folderPrefix);
            store = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"));
        }

        /** The generated model, its root given the installation's id so that it saves into this store. */
        List<Entity> generatedModel() throws StoreException {
            Installation root = CastellanFactory.eINSTANCE.createInstallation();
            root.setId(store.model().load().getId());
            return new SecurityModelGenerator().populate(root);
        }

        void delete() throws IOException {
            store.close();
            Folders.deleteTree(folder);
        }
    }

    /** A fresh, empty installation and a generated model waiting to be saved into it. */
    @State(Scope.Thread)
    public static class EmptyStore extends ScratchStore {
        List<Entity> topLevel;

        @Setup(Level.Iteration)
        public void create() throws IOException, StoreException {
            createEmpty("castellan-bench-save");
            topLevel = generatedModel();
        }

        @TearDown(Level.Iteration)
        public void dispose() throws IOException {
            delete();
        }
    }

    /** An installation that already holds the generated model. */
    @State(Scope.Thread)
    public static class FilledStore extends ScratchStore {

        @Setup(Level.Trial)
        public void create() throws IOException, StoreException {
            createEmpty("castellan-bench-load");
            save(store, generatedModel());
        }

        @TearDown(Level.Trial)
        public void dispose() throws IOException {
            delete();
        }
    }

    @Benchmark
    public int save(EmptyStore state) throws StoreException {
        save(state.store, state.topLevel);
        return state.topLevel.size();
    }

    @Benchmark
    public Installation load(FilledStore state) throws StoreException {
        Installation installation = state.store.model().load();
        if (installation.getUsers().size() != SecurityModelGenerator.USERS) {
            throw new IllegalStateException("reloaded " + installation.getUsers().size() + " users");
        }
        return installation;
    }

    /** How a whole model is written: one transaction, one batch per table. */
    static void save(CastellanStore store, List<Entity> topLevel) throws StoreException {
        store.inTransaction(tx -> {
            store.model().insertAll(tx, topLevel);
            return null;
        });
    }
}
