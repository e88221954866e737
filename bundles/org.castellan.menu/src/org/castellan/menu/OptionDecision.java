package org.castellan.menu;

import java.util.List;
import java.util.Objects;

/**
 * Whether a user may open a contribution now and, when he may not, why: the answer a host
 * application or a workbench path gets from {@link MenuLevels#decide}.
 *
 * @param contributionId the contribution asked about
 * @param option         the option that decides it, null when none covers it (the default level applies)
 * @param reason         {@link Reason#ALLOWED}, or why not
 * @param missingRights  the rights he lacks (with {@link Reason#RIGHTS}), or those no bundle declares
 *                       (with {@link Reason#UNDECLARED_RIGHT}); empty otherwise
 * @param message        the refusal in the user's words and language (what is wrong and what to do);
 *                       empty when allowed
 *
 * @since 0.1
 */
public record OptionDecision(String contributionId, OptionState option, Reason reason, List<String> missingRights, String message) {

    /** Why a user may not open an option. */
    public enum Reason {
        /** He may. */
        ALLOWED,
        /** His authorization level is below the option's. */
        LEVEL,
        /** He lacks one or more of the rights the option requires. */
        RIGHTS,
        /** The option requires a right no installed bundle declares: nobody may open it. */
        UNDECLARED_RIGHT,
        /** The option does not exist on this installation (scope, versions or edition). */
        UNAVAILABLE,
        /** No option covers it and the installation's default level is above his. */
        DEFAULT_LEVEL,
        /** He is unknown or disabled. */
        UNKNOWN_USER
    }

    public OptionDecision {
        Objects.requireNonNull(contributionId);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(message);
        missingRights = List.copyOf(missingRights);
    }

    public boolean allowed() {
        return reason == Reason.ALLOWED;
    }
}
