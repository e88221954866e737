package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditJournal.Verification;
import org.castellan.audit.ChainHead;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.SealFinding;
import org.eclipse.osgi.util.NLS;

/**
 * {@code audit verify}: the chain and every head kept outside the database (the installation
 * folder's, the mirror's, and the one given with {@code --head}), compared before the command's own
 * login is journaled: that login would take the number of a row cut off and move the heads on.
 * The seals of the security tables' rows are checked at the same moment. What was found is told
 * only once the acting user is known to be an administrator.
 */
final class JournalCheck {

    private final Verification chain;
    private final List<Path> files;
    private final List<ChainHead> heads;
    private final List<Verification> results;
    private final CommandLineException unreadable;
    private final List<SealFinding> seals;

    private JournalCheck(Verification chain, List<Path> files, List<ChainHead> heads, List<Verification> results, CommandLineException unreadable,
            List<SealFinding> seals) {
        this.seals = seals;
        this.chain = chain;
        this.files = files;
        this.heads = heads;
        this.results = results;
        this.unreadable = unreadable;
    }

    /** Looks at the journal as it is, before anything is journaled; says nothing yet. */
    static JournalCheck before(OpenInstallation installation, Optional<Path> given) throws CommandLineException {
        AuditJournal audit = installation.audit();
        try {
            List<Path> files = new ArrayList<>();
            List<ChainHead> heads = new ArrayList<>();
            CommandLineException unreadable = null;
            List<Path> candidates = new ArrayList<>(audit.headFiles());
            given.ifPresent(candidates::add);
            for (Path file : candidates) {
                try {
                    Optional<ChainHead> head = ChainHead.read(file);
                    if (head.isPresent()) {
                        files.add(file);
                        heads.add(head.get());
                    } else if (given.isPresent() && file.equals(given.get())) {
                        unreadable = new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.headUnreadable, file));
                    }
                } catch (IOException e) {
                    unreadable = new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.headUnreadable, file), e);
                }
            }
            List<Verification> results = audit.verify(heads);
            return new JournalCheck(results.get(0), files, heads, results.subList(1, results.size()), unreadable, audit.verifySeals());
        } catch (AuditException e) {
            throw CommandLine.auditFailed(e);
        }
    }

    /** Tells an administrator what was found; anyone else is refused, as the journal holds everyone's logins. */
    void report(OpenInstallation installation, AuthenticatedUser actor, PrintStream out) throws CommandLineException {
        if (!installation.access().hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.auditAdministratorsOnly);
        }
        if (unreadable != null) {
            throw unreadable;
        }
        // Journaled whatever it found, so that the workbench's home shows the last check.
        Verification found = chain.intact() ? results.stream().filter(v -> !v.intact()).findFirst().orElse(chain) : chain;
        try {
            installation.audit().recordVerification(actor, found);
        } catch (AuditException e) {
            throw CommandLine.auditFailed(e);
        }
        if (!chain.intact()) {
            throw new CommandLineException(ExitCode.JOURNAL_BROKEN, NLS.bind(Messages.auditBroken, chain.firstBrokenRow().get()));
        }
        for (int i = 0; i < heads.size(); i++) {
            if (!results.get(i).intact()) {
                throw new CommandLineException(ExitCode.JOURNAL_BROKEN,
                        NLS.bind(Messages.auditHeadNotReached, new Object[] { results.get(i).firstBrokenRow().get(), files.get(i), heads.get(i).seq() }));
            }
        }
        NumberFormat number = NumberFormat.getIntegerInstance();
        out.println(NLS.bind(Messages.auditIntact, number.format(chain.rowsChecked())));
        for (int i = 0; i < heads.size(); i++) {
            out.println(NLS.bind(Messages.auditHeadReached, files.get(i), number.format(heads.get(i).seq())));
        }
        if (!seals.isEmpty()) {
            seals.forEach(finding -> out.println(finding.message()));
            throw new CommandLineException(ExitCode.JOURNAL_BROKEN, NLS.bind(Messages.sealsBroken, number.format(seals.size())));
        }
        out.println(Messages.sealsIntact);
    }
}
