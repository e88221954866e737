package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEntry;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;

/** What an Edit > Copy left: the clipboard's text, and its row in the audit journal. */
final class Copies {

    private Copies() {
    }

    /** The clipboard's text. */
    static String clipboard(Display display) {
        Clipboard clipboard = new Clipboard(display);
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    /** Asserts that the journal's last row is a copy of that many rows from that view. */
    static void assertLastJournaledCopy(AuditJournal journal, String viewId, int rows) throws Exception {
        List<JournalEntry> journaled = journal.entries(Instant.EPOCH, Instant.now().plusSeconds(60));
        JournalEntry copy = journaled.get(journaled.size() - 1);
        assertEquals(AuditJournal.TOPIC_COPIED, copy.topic());
        assertTrue(copy.details().contains("rows=" + rows + "\n") && copy.details().contains("source=" + viewId), copy.details());
    }
}
