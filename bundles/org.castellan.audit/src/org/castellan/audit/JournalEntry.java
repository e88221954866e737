package org.castellan.audit;

import java.time.Instant;

/**
 * One row of the journal.
 *
 * @param details the event's properties as sorted "name=value" lines, lists joined with ", "
 *
 * @since 0.1
 */
public record JournalEntry(long seq, Instant recordedAt, String topic, String actor, String company, String bundle, String workstation,
        String ipAddress, String osUser, String programVersion, String details) {
}
