package org.castellan.directory.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.naming.NamingException;
import javax.net.ssl.SSLSocketFactory;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.ConnectionReport.Check;
import org.castellan.directory.ConnectionReport.Step;
import org.castellan.directory.DirectorySettings;
import org.castellan.security.AccountException;
import org.castellan.security.DomainGroups;
import org.castellan.security.DirectoryAuthenticator.Outcome;
import org.castellan.security.DirectoryAuthenticator.Result;
import org.eclipse.osgi.util.NLS;

/**
 * The directory as its settings describe it, for one login or one test: the service account finds
 * the user's entry, then a bind as that entry checks his password. URLs are tried in order; one
 * that does not answer (or whose TLS fails) hands over to the next.
 */
final class Directory {

    private final DirectorySettings settings;
    private final Optional<char[]> servicePassword;

    Directory(DirectorySettings settings, Optional<char[]> servicePassword) {
        this.settings = settings;
        this.servicePassword = servicePassword;
    }

    /** Overwrites the service password this directory was given. */
    void forget() {
        servicePassword.ifPresent(p -> Arrays.fill(p, '\0'));
    }

    /** Why no connection can be tried; empty when the settings are complete. */
    private Optional<String> settingsProblem() {
        if (!settings.configured()) {
            return Optional.of(NLS.bind(Messages.notConfigured, Messages.settingUrls, Messages.settingBaseDn));
        }
        if (settings.serviceDn().isEmpty()) {
            return Optional.of(Messages.serviceDnMissing);
        }
        if (servicePassword.isEmpty()) {
            return Optional.of(Messages.servicePasswordMissing);
        }
        return Optional.empty();
    }

    /** Either the trust to connect with, or why no connection can be tried. */
    private record Ready(SSLSocketFactory trust, String problem) {
    }

    private Ready ready() {
        Optional<String> problem = settingsProblem();
        if (problem.isPresent()) {
            return new Ready(null, problem.get());
        }
        try {
            return new Ready(TrustedAuthorities.socketFactory(settings.caCertificate()), null);
        } catch (GeneralSecurityException e) {
            return new Ready(null, NLS.bind(Messages.certificateInvalid, DirectoryAnswer.reason(e)));
        }
    }

    Outcome authenticate(String login, char[] password) {
        if (password == null || password.length == 0) {
            return new Outcome(Result.REFUSED, Messages.passwordEmpty); // never an anonymous bind
        }
        if (!settings.configured()) {
            return new Outcome(Result.NOT_CONFIGURED, Messages.loginNotConfigured);
        }
        Ready ready = ready();
        if (ready.problem() != null) {
            return new Outcome(Result.UNAVAILABLE, NLS.bind(Messages.loginUnavailable, ready.problem()));
        }
        SSLSocketFactory trust = ready.trust();
        String lastProblem = ""; //$NON-NLS-1$
        for (String url : settings.urls()) {
            boolean serviceBound = false;
            try (DirectoryConnection connection = DirectoryConnection.open(url, settings, trust)) {
                connection.bind(settings.serviceDn(), servicePassword.get());
                serviceBound = true;
                List<String> found = connection.search(settings.baseDn(), FilterValue.forLogin(settings.loginAttribute(), login, settings.filter()), 2);
                if (found.size() != 1) {
                    return new Outcome(Result.REFUSED, found.isEmpty() ? NLS.bind(Messages.userNotFound, login, settings.baseDn())
                            : NLS.bind(Messages.userAmbiguous, login, settings.loginAttribute()));
                }
                // read as the service account, before his bind: what he may read of groups does not matter
                DomainGroups groups = MappedGroups.of(connection, settings).ofUser(found.get(0));
                return PasswordPolicyAnswers.bind(connection, found.get(0), password, groups);
            } catch (NamingException e) {
                DirectoryAnswer answer = DirectoryAnswer.of(e);
                switch (answer) {
                case UNREACHABLE, TLS_FAILED -> lastProblem = connectionProblem(url, answer, e);
                case WRONG_CREDENTIALS -> {
                    return serviceBound ? new Outcome(Result.REFUSED, Messages.passwordWrong)
                            : new Outcome(Result.UNAVAILABLE, NLS.bind(Messages.loginUnavailable, NLS.bind(Messages.serviceRefused, settings.serviceDn())));
                }
                case DISABLED -> {
                    return new Outcome(Result.DISABLED, Messages.accountDisabled);
                }
                case LOCKED -> {
                    return new Outcome(Result.LOCKED, Messages.accountLocked);
                }
                case PASSWORD_EXPIRED -> {
                    return new Outcome(Result.PASSWORD_EXPIRED, Messages.passwordExpired);
                }
                case OTHER -> lastProblem = NLS.bind(Messages.directoryError, url, DirectoryAnswer.reason(e));
                }
            }
        }
        return new Outcome(Result.UNAVAILABLE, NLS.bind(Messages.loginUnavailable, lastProblem));
    }

    /** Work done on a directory connection bound as the service account. */
    @FunctionalInterface
    interface Work<T> {
        T run(DirectoryConnection connection) throws NamingException;
    }

    /**
     * Runs {@code work} on the first URL that answers, bound as the service account.
     *
     * @throws AccountException saying why the directory cannot be used (nothing was read)
     */
    <T> T asService(Work<T> work) throws AccountException {
        Ready ready = ready();
        if (ready.problem() != null) {
            throw new AccountException(NLS.bind(Messages.directoryUnusable, ready.problem()));
        }
        SSLSocketFactory trust = ready.trust();
        String lastProblem = ""; //$NON-NLS-1$
        for (String url : settings.urls()) {
            boolean serviceBound = false;
            try (DirectoryConnection connection = DirectoryConnection.open(url, settings, trust)) {
                connection.bind(settings.serviceDn(), servicePassword.get());
                serviceBound = true;
                return work.run(connection);
            } catch (NamingException e) {
                DirectoryAnswer answer = DirectoryAnswer.of(e);
                if (!serviceBound && (answer == DirectoryAnswer.UNREACHABLE || answer == DirectoryAnswer.TLS_FAILED)) {
                    lastProblem = connectionProblem(url, answer, e);
                    continue; // the next URL may answer
                }
                throw new AccountException(NLS.bind(Messages.directoryUnusable, !serviceBound && answer == DirectoryAnswer.WRONG_CREDENTIALS
                        ? NLS.bind(Messages.serviceRefused, settings.serviceDn()) : NLS.bind(Messages.directoryError, url, DirectoryAnswer.reason(e))), e);
            }
        }
        throw new AccountException(NLS.bind(Messages.directoryUnusable, lastProblem));
    }

    DirectorySettings settings() {
        return settings;
    }

    private static String connectionProblem(String url, DirectoryAnswer answer, NamingException e) {
        return NLS.bind(answer == DirectoryAnswer.TLS_FAILED ? Messages.tlsFailed : Messages.unreachable, url, DirectoryAnswer.reason(e));
    }

    /** Each URL's connection; on the first that answers, the service account and the sample login's search. */
    ConnectionReport test(Optional<String> sampleLogin) {
        List<Check> checks = new ArrayList<>();
        Optional<String> problem = settingsProblem();
        if (problem.isPresent()) {
            checks.add(new Check(Step.SETTINGS, false, "directory.*", problem.get())); //$NON-NLS-1$
            return new ConnectionReport(checks);
        }
        SSLSocketFactory trust;
        try {
            trust = TrustedAuthorities.socketFactory(settings.caCertificate());
        } catch (GeneralSecurityException e) {
            checks.add(new Check(Step.SETTINGS, false, DirectorySettings.CA_CERTIFICATE, NLS.bind(Messages.certificateInvalid, DirectoryAnswer.reason(e))));
            return new ConnectionReport(checks);
        }
        boolean accountTried = false;
        for (String url : settings.urls()) {
            try (DirectoryConnection connection = DirectoryConnection.open(url, settings, trust)) {
                if (accountTried) {
                    checks.add(new Check(Step.CONNECTION, true, url, NLS.bind(Messages.connected, url)));
                    continue;
                }
                accountTried = true;
                testAccount(connection, url, sampleLogin, checks);
            } catch (NamingException e) {
                DirectoryAnswer answer = DirectoryAnswer.of(e);
                checks.add(new Check(Step.CONNECTION, false, url, answer == DirectoryAnswer.UNREACHABLE || answer == DirectoryAnswer.TLS_FAILED
                        ? connectionProblem(url, answer, e) : NLS.bind(Messages.directoryError, url, DirectoryAnswer.reason(e))));
            }
        }
        return new ConnectionReport(checks);
    }

    /** The service account's bind and the sample search, on a connection that answered. */
    private void testAccount(DirectoryConnection connection, String url, Optional<String> sampleLogin, List<Check> checks) throws NamingException {
        try {
            connection.bind(settings.serviceDn(), servicePassword.get());
        } catch (NamingException e) {
            DirectoryAnswer answer = DirectoryAnswer.of(e);
            if (answer == DirectoryAnswer.UNREACHABLE || answer == DirectoryAnswer.TLS_FAILED) {
                throw e;
            }
            checks.add(new Check(Step.CONNECTION, true, url, NLS.bind(Messages.connected, url)));
            checks.add(new Check(Step.SERVICE_ACCOUNT, false, settings.serviceDn(), answer == DirectoryAnswer.OTHER
                    ? NLS.bind(Messages.directoryError, url, DirectoryAnswer.reason(e)) : NLS.bind(Messages.serviceRefused, settings.serviceDn())));
            return;
        }
        checks.add(new Check(Step.CONNECTION, true, url, NLS.bind(Messages.connected, url)));
        checks.add(new Check(Step.SERVICE_ACCOUNT, true, settings.serviceDn(), NLS.bind(Messages.serviceAccepted, settings.serviceDn())));
        if (sampleLogin.isEmpty()) {
            return;
        }
        String login = sampleLogin.get();
        List<String> found = connection.search(settings.baseDn(), FilterValue.forLogin(settings.loginAttribute(), login, settings.filter()), 2);
        checks.add(found.size() == 1 ? new Check(Step.USER_SEARCH, true, login, NLS.bind(Messages.userFound, login, found.get(0)))
                : new Check(Step.USER_SEARCH, false, login, found.isEmpty() ? NLS.bind(Messages.userNotFound, login, settings.baseDn())
                        : NLS.bind(Messages.userAmbiguous, login, settings.loginAttribute())));
    }
}
