package org.castellan.sessions;

import java.util.List;

/**
 * Exclusive processing must wait: other sessions are still active on the company ({@link #others()}).
 *
 * @since 0.1
 */
public class ExclusiveProcessingRefusedException extends SessionException {

    private static final long serialVersionUID = 1L;

    private final transient List<SessionInfo> others;

    public ExclusiveProcessingRefusedException(String message, List<SessionInfo> others) {
        super(message);
        this.others = List.copyOf(others);
    }

    public List<SessionInfo> others() {
        return others;
    }
}
