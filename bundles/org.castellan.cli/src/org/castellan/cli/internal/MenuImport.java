package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.PackageSummary;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/** {@code castellan menu import FILE}: a centre applies the central's menu package (see {@link MenuLevels#importPackage}). */
final class MenuImport {

    private MenuImport() {
    }

    static void run(OpenInstallation installation, AuthenticatedUser actor, String file, PrintStream err) throws CommandLineException {
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuFileUnreadable, file, e.getMessage()), e);
        }
        try {
            PackageSummary applied = installation.service(MenuLevels.class).importPackage(actor, content);
            err.println(NLS.bind(Messages.menuImported,
                    new Object[] { applied.version(), applied.source(), applied.changes().size(), applied.notInstalled().size(), applied.roles().size() }));
        } catch (MenuException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }
}
