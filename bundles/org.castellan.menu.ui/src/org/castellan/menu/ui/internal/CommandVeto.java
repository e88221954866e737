package org.castellan.menu.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.menu.VisibleSet;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionInfo;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Refuses every command the logged-in user may not see, whoever handles it: a partner's handler
 * that does not extend {@code LevelGuardedHandler}, a key binding, another plug-in calling
 * {@code IHandlerService.executeCommand}. For each such command a disabled handler is activated
 * with an expression that declares every workbench variable, which gives it the highest priority
 * the workbench knows, so it wins over the command's own handlers (the workbench then answers
 * {@code NotEnabledException}). The set is replaced at every log-in and level change.
 */
final class CommandVeto {

    /** Every source the workbench ranks handlers by, so that this activation outranks the others. */
    private static final String[] ALL_SOURCES = { ISources.ACTIVE_CONTEXT_NAME, ISources.ACTIVE_ACTION_SETS_NAME,
            ISources.ACTIVE_SHELL_NAME, ISources.ACTIVE_WORKBENCH_WINDOW_NAME, ISources.ACTIVE_WORKBENCH_WINDOW_SHELL_NAME,
            ISources.ACTIVE_EDITOR_ID_NAME, ISources.ACTIVE_EDITOR_NAME, ISources.ACTIVE_EDITOR_INPUT_NAME,
            ISources.ACTIVE_PART_ID_NAME, ISources.ACTIVE_PART_NAME, ISources.ACTIVE_SITE_NAME,
            ISources.ACTIVE_CURRENT_SELECTION_NAME, ISources.ACTIVE_MENU_NAME, ISources.ACTIVE_MENU_SELECTION_NAME,
            ISources.ACTIVE_MENU_EDITOR_INPUT_NAME, ISources.ACTIVE_FOCUS_CONTROL_NAME, ISources.ACTIVE_FOCUS_CONTROL_ID_NAME,
            ISources.SHOW_IN_SELECTION, ISources.SHOW_IN_INPUT };

    private static final Expression OUTRANKS_ALL = new Expression() {
        @Override
        public EvaluationResult evaluate(IEvaluationContext context) {
            return EvaluationResult.TRUE;
        }

        @Override
        public void collectExpressionInfo(ExpressionInfo info) {
            for (String name : ALL_SOURCES) {
                info.addVariableNameAccess(name);
            }
            info.markDefaultVariableAccessed();
        }
    };

    private final Map<String, IHandlerActivation> active = new HashMap<>();

    /** Vetoes exactly the commands the set hides (none when nobody is logged in); UI thread. */
    void apply(IWorkbench workbench, VisibleSet set) {
        ICommandService commands = workbench.getService(ICommandService.class);
        IHandlerService handlers = workbench.getService(IHandlerService.class);
        if (commands == null || handlers == null) {
            return;
        }
        Set<String> refused = new TreeSet<>();
        if (set != null) {
            for (Object id : commands.getDefinedCommandIds()) {
                if (!set.visible((String) id)) {
                    refused.add((String) id);
                }
            }
        }
        active.entrySet().removeIf(entry -> {
            if (refused.contains(entry.getKey())) {
                return false;
            }
            handlers.deactivateHandler(entry.getValue());
            return true;
        });
        for (String id : refused) {
            active.computeIfAbsent(id, commandId -> handlers.activateHandler(commandId, new Refused(commandId), OUTRANKS_ALL, true));
        }
    }

    /** How many commands are refused now. */
    int size() {
        return active.size();
    }

    /** Never enabled; should the workbench run it anyway, it says why it does not. */
    private static final class Refused extends AbstractHandler {

        private final String commandId;

        Refused(String commandId) {
            this.commandId = commandId;
        }

        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            throw new ExecutionException(NLS.bind(Messages.commandRefused, commandId));
        }
    }
}
