package org.castellan.app.internal.workbench;

import java.util.Objects;

import org.castellan.app.session.WorkbenchSession;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Castellan's workbench: one window on the Administration perspective; nothing restored from the last run. */
public final class CastellanWorkbenchAdvisor extends WorkbenchAdvisor {

    private final WorkbenchSession session;

    public CastellanWorkbenchAdvisor(WorkbenchSession session) {
        this.session = Objects.requireNonNull(session);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Several administrators may use one installation folder: each start shows the same layout.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AdministrationPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CastellanWindowAdvisor(configurer, session);
    }
}
