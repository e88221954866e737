package org.castellan.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.castellan.audit.Report;
import org.eclipse.osgi.util.NLS;

/** Writes a report as CSV (RFC 4180, UTF-8) or as a PDF table on A4 landscape pages. */
final class ReportFiles {

    /** A sans-serif font PDFBox itself ships, covering Latin (with the Balkan letters) and Cyrillic. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$
    private static final float MARGIN = 36;
    private static final float FONT_SIZE = 8;
    private static final float TITLE_SIZE = 12;
    private static final float LINE = 12;
    private static final float PADDING = 3;

    private ReportFiles() {
    }

    static void writeCsv(Report report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(csvLine(report.columns()));
            for (Report.Row row : report.rows()) {
                out.write(csvLine(row.cells().stream().map(report::text).toList()));
            }
        }
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(csvCell(cell));
        }
        return line.append("\r\n").toString(); //$NON-NLS-1$
    }

    /** Quoted when needed; a cell a spreadsheet would run as a formula is written as text. */
    static String csvCell(String cell) {
        String text = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? '\'' + cell : cell; //$NON-NLS-1$
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static void writePdf(Report report, Path file, Instant printedAt) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font;
            try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException(FONT);
                }
                font = PDType0Font.load(document, in);
            }
            Printable printable = new Printable(font);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float[] widths = widths(report, printable, size.getWidth() - 2 * MARGIN);
            int perPage = (int) ((size.getHeight() - 2 * MARGIN - TITLE_SIZE * 2 - LINE * 2) / LINE);
            int pages = Math.max(1, (report.rows().size() + perPage - 1) / perPage);
            String printed = report.text(printedAt);
            for (int page = 0; page < pages; page++) {
                PDPage pdfPage = new PDPage(size);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    float y = size.getHeight() - MARGIN - TITLE_SIZE;
                    text(content, font, TITLE_SIZE, MARGIN, y, printable.safe(report.title()));
                    y -= TITLE_SIZE + LINE;
                    content.setNonStrokingColor(0.85f, 0.85f, 0.85f);
                    content.addRect(MARGIN, y - PADDING, size.getWidth() - 2 * MARGIN, LINE);
                    content.fill();
                    content.setNonStrokingColor(0f, 0f, 0f);
                    row(content, printable, report.columns(), widths, y);
                    List<Report.Row> rows = report.rows().subList(page * perPage, Math.min(report.rows().size(), (page + 1) * perPage));
                    for (Report.Row r : rows) {
                        y -= LINE;
                        if (r.flagged()) {
                            content.setNonStrokingColor(0.75f, 0f, 0f);
                        }
                        row(content, printable, r.cells().stream().map(report::text).toList(), widths, y);
                        content.setNonStrokingColor(0f, 0f, 0f);
                    }
                    String footer = NLS.bind(Messages.pdfPage, page + 1, pages) + "   " //$NON-NLS-1$
                            + NLS.bind(Messages.pdfFooter, report.rows().size(), printed);
                    text(content, font, FONT_SIZE, MARGIN, MARGIN / 2, printable.safe(footer));
                }
            }
            document.save(file.toFile());
        }
    }

    private static void row(PDPageContentStream content, Printable printable, List<String> cells, float[] widths, float y) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            text(content, printable.font, FONT_SIZE, x + PADDING, y, printable.fit(cells.get(i), widths[i] - 2 * PADDING));
            x += widths[i];
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Columns as wide as their longest text (up to a limit), scaled to the page. */
    private static float[] widths(Report report, Printable printable, float available) throws IOException {
        int columns = report.columns().size();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = printable.width(report.columns().get(i));
        }
        for (Report.Row row : report.rows()) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], Math.min(available / 2, printable.width(report.text(row.cells().get(i)))));
            }
        }
        float total = 0;
        for (float width : widths) {
            total += width + 2 * PADDING;
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = (widths[i] + 2 * PADDING) * available / total;
        }
        return widths;
    }

    /** Text the font can show: other characters become '?', line breaks spaces; cut to a width with an ellipsis. */
    private static final class Printable {
        private final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Printable(PDFont font) {
            this.font = font;
        }

        String safe(String text) {
            StringBuilder safe = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                int shown = Character.isWhitespace(c) ? ' ' : c;
                safe.appendCodePoint(known.computeIfAbsent(shown, this::encodable) ? shown : '?');
            });
            return safe.toString();
        }

        private boolean encodable(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        float width(String text) throws IOException {
            return font.getStringWidth(safe(text)) / 1000 * FONT_SIZE;
        }

        String fit(String text, float width) throws IOException {
            String safe = safe(text);
            if (font.getStringWidth(safe) / 1000 * FONT_SIZE <= width) {
                return safe;
            }
            List<Integer> points = new ArrayList<>();
            safe.codePoints().forEach(points::add);
            StringBuilder cut = new StringBuilder();
            for (int point : points) {
                String next = cut.toString() + new String(Character.toChars(point)) + '\u2026';
                if (font.getStringWidth(next) / 1000 * FONT_SIZE > width) {
                    break;
                }
                cut.appendCodePoint(point);
            }
            return safe(cut.toString() + '\u2026');
        }
    }
}
