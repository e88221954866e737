package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.EffectiveRights;
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
 * Effective-rights checks on the benchmark model (10,000 users, 200 groups, 500 roles, 2,000
 * rights), one thread, against jCasbin enforcing the same RBAC policy in the same run: users and
 * groups are linked to roles and users to groups by grouping policies, roles hold rights by
 * policies. Also the time to recompile Castellan's snapshot after a change.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RightsCheckBenchmark {

    private static final String CASBIN_RBAC = String.join("\n", "[request_definition]", "r = sub, obj", "[policy_definition]",
            "p = sub, obj", "[role_definition]", "g = _, _", "[policy_effect]", "e = some(where (p.eft == allow))", "[matchers]",
            "m = g(r.sub, p.sub) && r.obj == p.obj");

    /** The model, Castellan's compiled snapshot, jCasbin's enforcer, and random questions to both. */
    @State(Scope.Benchmark)
    public static class Rights {
        Installation model;
        EffectiveRights compiled;
        Enforcer casbin;
        String[] users;
        String[] rights;
        int next;

        @Setup(Level.Trial)
        public void build() {
            model = CastellanFactory.eINSTANCE.createInstallation();
            new SecurityModelGenerator().populate(model);
            for (User user : model.getUsers()) {
                user.setId(user.getLogin());
            }
            compiled = EffectiveRights.compile(model);
            casbin = enforcer(model);
            Random random = new Random(42);
            users = new String[4096];
            rights = new String[4096];
            for (int i = 0; i < users.length; i++) {
                users[i] = model.getUsers().get(random.nextInt(model.getUsers().size())).getId();
                rights[i] = model.getRights().get(random.nextInt(model.getRights().size())).getRightId();
            }
            long disagreements = java.util.stream.IntStream.range(0, 512)
                    .filter(i -> compiled.hasRight(users[i], rights[i]) != casbin.enforce(users[i], rights[i])).count();
            if (disagreements > 0) {
                throw new IllegalStateException("jCasbin and Castellan disagree on " + disagreements + " of 512 checks");
            }
        }

        int nextQuestion() {
            next = (next + 1) & (users.length - 1);
            return next;
        }
    }

    static Enforcer enforcer(Installation model) {
        Model rbac = new Model();
        rbac.loadModelFromText(CASBIN_RBAC);
        Enforcer enforcer = new Enforcer(rbac);
        enforcer.enableAutoBuildRoleLinks(false);
        List<List<String>> policies = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        for (Role role : model.getRoles()) {
            for (RightGrant grant : role.getGrants()) {
                policies.add(List.of(role.getName(), grant.getRight().getRightId()));
            }
        }
        for (Group group : model.getGroups()) {
            for (RoleAssignment assignment : group.getRoleAssignments()) {
                links.add(List.of(group.getName(), assignment.getRole().getName()));
            }
        }
        for (User user : model.getUsers()) {
            for (RoleAssignment assignment : user.getRoleAssignments()) {
                links.add(List.of(user.getId(), assignment.getRole().getName()));
            }
            for (Membership membership : user.getMemberships()) {
                links.add(List.of(user.getId(), membership.getGroup().getName()));
            }
        }
        enforcer.addPolicies(policies);
        enforcer.addGroupingPolicies(links);
        enforcer.buildRoleLinks();
        return enforcer;
    }

    @Benchmark
    public boolean castellanHasRight(Rights state) {
        int i = state.nextQuestion();
        return state.compiled.hasRight(state.users[i], state.rights[i]);
    }

    @Benchmark
    public boolean jcasbinEnforce(Rights state) {
        int i = state.nextQuestion();
        return state.casbin.enforce(state.users[i], state.rights[i]);
    }

    /** Recomputing every user's rights after a role changed (the snapshot is rebuilt whole). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EffectiveRights castellanRecompile(Rights state) {
        return EffectiveRights.compile(state.model);
    }
}
