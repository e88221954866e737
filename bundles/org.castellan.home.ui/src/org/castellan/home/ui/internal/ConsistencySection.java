package org.castellan.home.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.menu.MenuOption;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightsCatalog;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Options whose required right no installed bundle declares (no role can grant it, so nobody
 * reaches the option): read from the two catalogs the bundles declare, no table.
 * Main Menu Definition… opens where the options' rights are changed.
 */
public final class ConsistencySection implements Section {

    public static final String STATUS = "home.consistency.status"; //$NON-NLS-1$
    public static final String OPEN = "home.consistency.open"; //$NON-NLS-1$
    private static final int MOST_SHOWN = 5;

    private final Label status;

    ConsistencySection(Composite parent, Ways ways) {
        Card card = new Card(parent, Messages.consistencyTitle, 2);
        status = card.line(STATUS);
        card.button(Messages.definitionAction, OPEN, () -> ways.command(Ways.MENU_DEFINITION_COMMAND));
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        Optional<MenuOptionsCatalog> options = Services.find(MenuOptionsCatalog.class);
        Optional<RightsCatalog> rights = Services.find(RightsCatalog.class);
        if (options.isEmpty() || rights.isEmpty()) {
            status.setText(Messages.notAvailable);
            return;
        }
        List<String> problems = undeclared(options.get().options(), rights.get());
        if (problems.isEmpty()) {
            status.setText(Messages.consistent);
        } else {
            List<String> shown = new ArrayList<>(problems.subList(0, Math.min(MOST_SHOWN, problems.size())));
            if (problems.size() > MOST_SHOWN) {
                shown.add(NLS.bind(Messages.inconsistentMore, problems.size() - MOST_SHOWN));
            }
            status.setText(String.join("\n", shown)); //$NON-NLS-1$
        }
        Card.alarm(status, !problems.isEmpty());
    }

    /** One sentence per option and right it requires that no bundle declares. */
    static List<String> undeclared(List<MenuOption> options, RightsCatalog rights) {
        List<String> problems = new ArrayList<>();
        for (MenuOption option : options) {
            for (String right : option.rights()) {
                if (!rights.isDeclared(right)) {
                    problems.add(NLS.bind(Messages.inconsistent, option.label(), right));
                }
            }
        }
        return problems;
    }
}
