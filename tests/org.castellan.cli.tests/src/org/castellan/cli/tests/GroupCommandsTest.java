package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.GroupAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code castellan group ...} on a real installation: members and roles through the group service, each change journaled, refusals saving nothing. */
class GroupCommandsTest {

    @TempDir
    Path dir;

    private CliInstallation installation;

    @BeforeEach
    void installationWithAClerkAndATillsRole() throws Exception {
        installation = CliInstallation.withClerk(dir);
        done(installation.asAdmin("role", "create", "Tills"), "Tills");
    }

    private List<String> tsv() {
        return installation.asAdmin("group", "list", "--format", "tsv").out().lines().toList();
    }

    @Test
    void anAdministratorBuildsAGroupOfMembersAndRolesAndTakesItApartAgain() throws Exception {
        done(installation.asAdmin("group", "create", "Counter", "--description", "Everyone at the counter"), "Group Counter created");
        done(installation.asAdmin("group", "add", "Counter", "clerk"), "User clerk is a member of Counter.");
        done(installation.asAdmin("group", "add", "Counter", "clerk"), "already; nothing changed");
        done(installation.asAdmin("group", "assign", "Counter", "Tills"), "Group Counter gives the role Tills");
        done(installation.asAdmin("group", "assign", "Counter", "Tills"), "already; nothing changed");
        assertEquals(List.of("name\troles\tmembers\tdescription", "Counter\tTills\tclerk\tEveryone at the counter"), tsv());
        assertEquals(List.of("NAME     ROLES  MEMBERS", "Counter  Tills  clerk"), installation.asAdmin("group", "list").out().lines().toList());

        done(installation.asAdmin("group", "unassign", "Counter", "Tills"), "no longer gives the role Tills");
        done(installation.asAdmin("group", "unassign", "Counter", "Tills"), "did not give the role Tills; nothing changed");
        done(installation.asAdmin("group", "remove", "Counter", "clerk"), "no longer a member");
        done(installation.asAdmin("group", "remove", "Counter", "clerk"), "was not a member of Counter; nothing changed");
        done(installation.asAdmin("group", "delete", "Counter"), "Group Counter deleted");
        assertEquals(List.of("name\troles\tmembers\tdescription"), tsv());
        assertEquals(6, installation.journaled(GroupAdministration.TOPIC_GROUP_CHANGED).size(),
                "created, member added, role assigned, role taken, member removed, deleted; nothing for what changed nothing: "
                        + installation.journaled(GroupAdministration.TOPIC_GROUP_CHANGED));
    }

    @Test
    void unknownNamesTakenNamesAndNonAdministratorsAreRefusedAndNothingIsSaved() throws Exception {
        done(installation.asAdmin("group", "create", "Counter"), "created");
        int journaled = installation.journaled(GroupAdministration.TOPIC_GROUP_CHANGED).size();
        record Case(Run run, int exitCode, String says) {
        }
        Run asClerk = installation.asClerk("group", "add", "Counter", "clerk");
        List<Case> cases = List.of(new Case(installation.asAdmin("group", "create", "counter"), ExitCode.REFUSED, "already exists"),
                new Case(installation.asAdmin("group", "add", "Nobody", "clerk"), ExitCode.REFUSED, "no group named “Nobody”; nothing was changed. The groups: Counter"),
                new Case(installation.asAdmin("group", "add", "Counter", "ghost"), ExitCode.REFUSED, "ghost"),
                new Case(installation.asAdmin("group", "remove", "Counter", "ghost"), ExitCode.REFUSED, "ghost"),
                new Case(installation.asAdmin("group", "assign", "Counter", "Nothing"), ExitCode.REFUSED, "Nothing"),
                new Case(installation.asAdmin("group", "add", "Counter"), ExitCode.USAGE, "the group's name and the user's login"),
                new Case(asClerk, ExitCode.REFUSED, "Administer security"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertEquals(List.of("name\troles\tmembers\tdescription", "Counter\t\t\t"), tsv());
        assertEquals(journaled, installation.journaled(GroupAdministration.TOPIC_GROUP_CHANGED).size(), "a refusal was journaled");
    }
}
