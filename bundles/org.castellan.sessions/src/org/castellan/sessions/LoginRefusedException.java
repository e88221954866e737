package org.castellan.sessions;

import java.util.Objects;

/**
 * A login refused by a ban. The message names the period, who set the ban and his message. When
 * {@link #mayOverride()} the user is a security administrator: he may open his session through
 * the ban ({@link SessionRegistry#open} with {@code forceBan}) or lift it.
 *
 * @since 0.1
 */
public class LoginRefusedException extends SessionException {

    private static final long serialVersionUID = 1L;

    private final transient Ban ban;
    private final boolean mayOverride;

    public LoginRefusedException(String message, Ban ban, boolean mayOverride) {
        super(message);
        this.ban = Objects.requireNonNull(ban);
        this.mayOverride = mayOverride;
    }

    public Ban ban() {
        return ban;
    }

    public boolean mayOverride() {
        return mayOverride;
    }
}
