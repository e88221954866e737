package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.Workstation;
import org.junit.jupiter.api.BeforeEach;

/**
 * The tests of the session registry's commands: an installation with two companies, ACME and BETA,
 * and a security officer who holds "Block openings" (the role Security administrator) and
 * administers BETA only; sessions are opened as the workbench or a host opens them.
 */
abstract class InstallationWithTwoCompanies extends InstallationWithAClerk {

    static final String OFFICER_PASSWORD = "Officer-2026z";
    /** The header of {@code session list --format tsv}. */
    static final String SESSIONS = "login\tname\tcompany\tworkstation\taddress\tprogram\tsince\tlast_heartbeat\tstale\tforced_ban\tid";

    @BeforeEach
    void companiesAndAnOfficerOfBeta() throws Exception {
        installation.addUser("officer", OFFICER_PASSWORD);
        installation.setUp(List.of("company", "add", "ACME", "--name", "Acme"), List.of("company", "add", "BETA", "--name", "Beta"),
                List.of("role", "assign", "Security administrator", "officer"));
        assertTrue(installation.with(services -> services.get(CompanyAdministration.class).setScope(
                services.get(AccountService.class).authenticate(CliInstallation.ADMIN, CliInstallation.PASSWORD.toCharArray()), "officer",
                new CompanyScope(Set.of(), Set.of("beta")))));
    }

    Run officer(String... args) {
        return installation.as("officer", OFFICER_PASSWORD, args);
    }

    /** Logs in and opens a session in a company (null: none) as the workbench or a host does; the registry's refusal, or null when it opened. */
    SessionException login(String login, String password, String company) throws Exception {
        return installation.with(services -> {
            AuthenticatedUser user = services.get(AccountService.class).authenticate(login, password.toCharArray());
            try {
                services.get(SessionRegistry.class).open(user, company, new Workstation("till-" + login, "10.0.0.7", login, "Till", "2.1"), false);
                return null;
            } catch (SessionException e) {
                return e;
            }
        });
    }

    /** The lines of a tsv listing after its header, each split in its fields. */
    static List<List<String>> rows(Run run, String header) {
        assertEquals(ExitCode.DONE, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(header, lines.get(0), run.toString());
        return lines.subList(1, lines.size()).stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
    }

    static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
