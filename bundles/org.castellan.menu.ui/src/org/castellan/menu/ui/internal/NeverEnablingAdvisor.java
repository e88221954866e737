package org.castellan.menu.ui.internal;

import java.util.Set;

import org.eclipse.ui.activities.IIdentifier;
import org.eclipse.ui.activities.ITriggerPoint;
import org.eclipse.ui.activities.WorkbenchTriggerPointAdvisor;

/**
 * Castellan's trigger-point advisor: what an activity hides stays refused, at every trigger point.
 * The workbench's advisor would show a dialog offering to enable the activities of a disabled
 * contribution (Open Perspective with "Show all", a wizard, a preference page); here the hidden
 * activity is the user's authorization, which only an administrator's change can lift. Enablement
 * itself (what is visible) is computed as the workbench computes it.
 */
public final class NeverEnablingAdvisor extends WorkbenchTriggerPointAdvisor {

    @Override
    public Set<String> allow(ITriggerPoint triggerPoint, IIdentifier identifier) {
        return null; // asked only for a disabled identifier: refuse, without prompting and without enabling anything
    }
}
