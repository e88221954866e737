package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.PermissionLevel;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Object permissions on a folder/report tree of 100,000 objects (ten folders a folder, five levels)
 * with 5,000 grants to 2,000 users and 100 groups (three groups a user): the effective level of a
 * random user on a random object, the whole visible tree of one user, and compiling the snapshot.
 * jCasbin answers "may the user preview the object" on the same data in the same run, with the
 * object tree as resource roles ({@code g2}) and No access as a deny that overrides: Casbin has no
 * "the nearest grants decide" rule, so its answers differ where a nearer grant overrides a farther
 * one; the setup prints on how many of 2,000 questions they agree.
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ObjectPermissionBenchmark {

    private static final String CASBIN_MODEL = String.join("\n", "[request_definition]", "r = sub, obj, act", "[policy_definition]",
            "p = sub, obj, act, eft", "[role_definition]", "g = _, _", "g2 = _, _", "[policy_effect]",
            "e = some(where (p.eft == allow)) && !some(where (p.eft == deny))", "[matchers]",
            "m = g(r.sub, p.sub) && g2(r.obj, p.obj) && r.act == p.act");
    private static final String[] ACTIONS = { "preview", "limited", "edit" };

    @State(Scope.Benchmark)
    public static class Tree {
        ObjectPermissions compiled;
        ObjectPermissions.Builder builder;
        Enforcer casbin;
        String[] users;
        String[] objects;
        int next;

        @Setup(Level.Trial)
        public void build() throws DataRightsException {
            Random random = new Random(7);
            builder = ObjectPermissions.builder();
            List<List<String>> policies = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            List<List<String>> tree = new ArrayList<>();
            int count = 100_000;
            objects = new String[count];
            for (int i = 0; i < count; i++) {
                objects[i] = "o" + i;
                String parent = i < 10 ? null : "o" + (i / 10 - 1);
                builder.object(objects[i], "Object " + i, parent);
                if (parent != null) {
                    tree.add(List.of(objects[i], parent));
                }
            }
            for (int g = 0; g < 100; g++) {
                builder.group("g" + g, "Group " + g);
            }
            users = new String[2000];
            for (int u = 0; u < users.length; u++) {
                users[u] = "u" + u;
                builder.user(users[u], "user" + u, true);
                for (int k = 0; k < 3; k++) {
                    String group = "g" + random.nextInt(100);
                    builder.membership(users[u], group);
                    members.add(List.of(users[u], group));
                }
            }
            for (int k = 0; k < 5000; k++) {
                // Grants fall more often near the top, as administrators set them on folders.
                int object = random.nextInt(4) == 0 ? random.nextInt(count) : random.nextInt(1110);
                String principal = random.nextInt(3) == 0 ? users[random.nextInt(users.length)] : "g" + random.nextInt(100);
                PermissionLevel level = random.nextInt(7) == 0 ? PermissionLevel.NO_ACCESS : PermissionLevel.get(1 + random.nextInt(3));
                builder.grant(objects[object], principal, level);
                if (level == PermissionLevel.NO_ACCESS) {
                    for (String action : ACTIONS) {
                        policies.add(List.of(principal, objects[object], action, "deny"));
                    }
                } else {
                    for (int a = 0; a < level.getValue(); a++) {
                        policies.add(List.of(principal, objects[object], ACTIONS[a], "allow"));
                    }
                }
            }
            compiled = builder.build();
            Model model = new Model();
            model.loadModelFromText(CASBIN_MODEL);
            casbin = new Enforcer(model);
            casbin.enableAutoBuildRoleLinks(false);
            casbin.addPolicies(policies);
            casbin.addGroupingPolicies(members);
            casbin.addNamedGroupingPolicies("g2", tree);
            casbin.buildRoleLinks();
            int agree = 0;
            for (int i = 0; i < 2000; i++) {
                int question = nextQuestion();
                boolean castellan = compiled.level(user(question), objects[question]) != PermissionLevel.NO_ACCESS;
                agree += castellan == casbin.enforce(user(question), objects[question], "preview") ? 1 : 0;
            }
            System.out.println("Castellan and jCasbin agree on " + agree + " of 2000 preview questions (they differ where nearer grants override farther ones)");
        }

        int nextQuestion() {
            next = (next * 1103515245 + 12345) & 0x7fffffff;
            return next % objects.length;
        }

        String user(int question) {
            return users[question % users.length];
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public PermissionLevel castellanLevel(Tree state) {
        int question = state.nextQuestion();
        return state.compiled.level(state.user(question), state.objects[question]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean jcasbinPreview(Tree state) {
        int question = state.nextQuestion();
        return state.casbin.enforce(state.user(question), state.objects[question], "preview");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<VisibleObject> castellanVisibleTree(Tree state) {
        return state.compiled.visibleTree(state.user(state.nextQuestion()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ObjectPermissions castellanCompile(Tree state) throws DataRightsException {
        return state.builder.build();
    }
}
