package org.castellan.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.castellan.audit.JournalEntry;

/** A journal row with its link to the previous row: the hash covers every field and that link. */
record JournalRow(JournalEntry entry, String previousHash) {

    /** The link of the very first row. */
    static final String GENESIS = "0".repeat(64); //$NON-NLS-1$

    private static final char SEPARATOR = '\u001f';
    private static final String ABSENT = "\u0000"; //$NON-NLS-1$

    String hash() {
        JournalEntry e = entry;
        StringBuilder text = new StringBuilder(previousHash);
        for (Object field : new Object[] { e.seq(), e.recordedAt().toEpochMilli(), e.topic(), e.actor(), e.company(), e.bundle(), e.workstation(),
                e.ipAddress(), e.osUser(), e.programVersion(), e.details() }) {
            text.append(SEPARATOR).append(field == null ? ABSENT : field.toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every Java runtime has SHA-256", e1); //$NON-NLS-1$
        }
    }

    /** Times are kept to the millisecond, as the database stores them, so a row re-read hashes the same. */
    static Instant stored(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }
}
