package org.castellan.menu.ui;

import java.util.Optional;

import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionState;
import org.castellan.menu.ui.internal.LevelState;
import org.castellan.menu.ui.internal.Messages;
import org.castellan.menu.ui.internal.SupervisorPasswordDialog;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The base of a handler whose command is a menu option: it is enabled only for a user whose level
 * allows the command, and before running it asks the core service ({@link MenuLevels#require}), so
 * a key binding, another plug-in or {@code IHandlerService.executeCommand} is refused like the
 * menu is hidden. When the option asks for the password, the supervisor's is asked first.
 * Partners extend it (see {@code org.castellan.example.pharmacy}).
 *
 * @since 0.1
 */
public abstract class LevelGuardedHandler extends AbstractHandler implements IExecutableExtension {

    private String commandId;

    /** For handlers made in code; those declared in plugin.xml take the command id from their declaration. */
    protected LevelGuardedHandler(String commandId) {
        this.commandId = commandId;
    }

    protected LevelGuardedHandler() {
        this(null);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        if (commandId == null) {
            commandId = config.getAttribute("commandId"); //$NON-NLS-1$
        }
    }

    /** What the command does, once the user's level (and the supervisor's password, if asked) allowed it. */
    protected abstract Object run(ExecutionEvent event) throws ExecutionException;

    @Override
    public boolean isEnabled() {
        Optional<LevelState> state = LevelState.get();
        return commandId != null && state.isPresent() && state.get().user().isPresent() && state.get().visible(commandId);
    }

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        String id = event.getCommand() == null ? commandId : event.getCommand().getId();
        LevelState state = LevelState.get().orElseThrow(() -> new ExecutionException(Messages.noSession));
        AuthenticatedUser user = state.user().orElseThrow(() -> new ExecutionException(Messages.noSession));
        MenuLevels menu = state.menu().orElseThrow(() -> new ExecutionException(Messages.noSession));
        OptionState option;
        try {
            option = menu.require(user, id);
        } catch (MenuException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        if (option != null && option.askPassword()) {
            SupervisorPasswordDialog dialog = new SupervisorPasswordDialog(HandlerUtil.getActiveShell(event), menu, user, id,
                    option.option().label());
            if (dialog.open() != Window.OK) {
                return null;
            }
        }
        return run(event);
    }
}
