package org.castellan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.castellan.audit.Report;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF printout keeps every cell whole: long ones wrap in their column, rows go on to further pages. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aLongCellWrapsInItsColumnAndNothingOfItIsLost() throws Exception {
        List<Report.Row> rows = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String message = "Refusal " + i + ": " + "the option needs a right none of the user's roles gives, ".repeat(1 + i % 4)
                    + "and Unbreakable" + "x".repeat(150) + " end " + i + ".";
            messages.add(message);
            rows.add(new Report.Row(List.of(Instant.parse("2026-03-05T10:00:00Z"), "paul", "org.castellan.example.pharmacy.pricing",
                    "A required right is missing", message), i % 7 == 0));
        }
        Report report = new Report(ReportKind.MENU_REFUSALS, ReportFilter.everything(), "Refused menu options", ZoneOffset.UTC,
                List.of("Time", "User", "Option", "Reason", "Message shown"), rows);
        Path pdf = dir.resolve("refusals.pdf");
        ReportFiles.writePdf(report, pdf, Instant.parse("2026-03-06T08:00:00Z"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String message : messages) {
                // A word wider than the column is broken inside: compare without the spaces the breaks add.
                assertTrue(printed.replace(" ", "").contains(message.replace(" ", "")), () -> "not whole: " + message);
                assertTrue(printed.contains("end " + messages.indexOf(message) + "."), message);
            }
            assertTrue(document.getNumberOfPages() > 3, "rows several lines high take more pages: " + document.getNumberOfPages());
            assertEquals(document.getNumberOfPages(), printed.split("Refused menu options", -1).length - 1, "a title on each page");
        }
    }
}
