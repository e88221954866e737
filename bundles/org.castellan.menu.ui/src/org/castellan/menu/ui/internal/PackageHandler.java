package org.castellan.menu.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.PackageSummary;
import org.castellan.menu.ui.LevelGuardedHandler;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.FileChooser;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Window › Export Menu Package… (on the central) and Import Menu Package… (on a centre): the file is
 * chosen in a file dialog; the result or the refusal is said in a message.
 */
public abstract sealed class PackageHandler extends LevelGuardedHandler {

    /** Writes the central's package to a file. */
    public static final class Export extends PackageHandler {
        @Override
        String transfer(MenuLevels menu, AuthenticatedUser user, Path file, boolean withRoles) throws MenuException, IOException {
            Files.write(file, menu.exportPackage(user, withRoles));
            return NLS.bind(Messages.exported, menu.packageVersion(), file);
        }
    }

    /** Applies a package file on a centre. */
    public static final class Import extends PackageHandler {
        @Override
        String transfer(MenuLevels menu, AuthenticatedUser user, Path file, boolean withRoles) throws MenuException, IOException {
            PackageSummary summary = menu.importPackage(user, Files.readAllBytes(file));
            LevelState.get().ifPresent(LevelState::requestRefresh);
            return NLS.bind(Messages.imported, new Object[] { summary.version(), summary.source(), summary.changes().size(),
                    summary.notInstalled().size(), summary.roles().size() });
        }
    }

    /** @param withRoles for an export: whether the roles and their rights go with the levels */
    abstract String transfer(MenuLevels menu, AuthenticatedUser user, Path file, boolean withRoles) throws MenuException, IOException;

    @Override
    protected Object run(ExecutionEvent event) throws ExecutionException {
        // The window, not the active shell: that may be a dialog closed since, and the file dialog needs a live parent.
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        boolean export = this instanceof Export;
        boolean withRoles = export && MessageDialog.openQuestion(shell, Messages.packageTitle, Messages.exportWithRoles);
        String[] extensions = { "*.castellan-menu", "*" }; //$NON-NLS-1$ //$NON-NLS-2$
        Optional<Path> file = export ? FileChooser.save(shell, "menu.castellan-menu", extensions) : FileChooser.open(shell, extensions); //$NON-NLS-1$
        if (file.isEmpty()) {
            return null;
        }
        String chosen = file.get().toString();
        LevelState state = LevelState.get().orElseThrow(() -> new ExecutionException(Messages.noSession));
        try {
            String done = transfer(state.menu().orElseThrow(() -> new MenuException(Messages.noSession)),
                    state.user().orElseThrow(() -> new MenuException(Messages.noSession)), Path.of(chosen), withRoles);
            MessageDialog.openInformation(shell, Messages.packageTitle, done);
        } catch (MenuException e) {
            MessageDialog.openError(shell, Messages.packageTitle, e.getMessage());
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.packageTitle, NLS.bind(Messages.packageFile, chosen, e.getMessage()));
        }
        return null;
    }
}
