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

/**
 * Writes a report as CSV (RFC 4180, UTF-8) or as a PDF table on A4 landscape pages, long cells
 * wrapped within their column: an audit printout must not lose the end of a message.
 */
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
            List<List<WrappedRow>> pages = pages(report, printable, widths, size.getHeight() - 2 * MARGIN - TITLE_SIZE * 2 - LINE * 2);
            String printed = report.text(printedAt);
            List<String> header = report.columns().stream().map(printable::safe).toList();
            for (int page = 0; page < pages.size(); page++) {
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
                    row(content, printable, header.stream().map(List::of).toList(), widths, y);
                    for (WrappedRow r : pages.get(page)) {
                        y -= LINE;
                        if (r.flagged()) {
                            content.setNonStrokingColor(0.75f, 0f, 0f);
                        }
                        row(content, printable, r.cells(), widths, y);
                        content.setNonStrokingColor(0f, 0f, 0f);
                        y -= LINE * (r.height() - 1);
                    }
                    String footer = NLS.bind(Messages.pdfPage, page + 1, pages.size()) + "   " //$NON-NLS-1$
                            + NLS.bind(Messages.pdfFooter, report.rows().size(), printed);
                    text(content, font, FONT_SIZE, MARGIN, MARGIN / 2, printable.safe(footer));
                }
            }
            document.save(file.toFile());
        }
    }

    /** A row as printed: each cell's lines, wrapped to its column; as high as its longest cell. */
    private record WrappedRow(List<List<String>> cells, boolean flagged) {
        int height() {
            return cells.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    /** The rows wrapped and laid out on pages, a row never split between two (a row higher than a page is cut on it). */
    private static List<List<WrappedRow>> pages(Report report, Printable printable, float[] widths, float pageHeight) throws IOException {
        int linesPerPage = Math.max(1, (int) (pageHeight / LINE));
        List<List<WrappedRow>> pages = new ArrayList<>();
        List<WrappedRow> page = new ArrayList<>();
        int used = 0;
        for (Report.Row r : report.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < r.cells().size(); i++) {
                List<String> lines = printable.wrap(report.text(r.cells().get(i)), widths[i] - 2 * PADDING);
                cells.add(lines.size() > linesPerPage ? lines.subList(0, linesPerPage) : lines);
            }
            WrappedRow wrapped = new WrappedRow(cells, r.flagged());
            if (used + wrapped.height() > linesPerPage && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(wrapped);
            used += wrapped.height();
        }
        pages.add(page);
        return pages;
    }

    private static void row(PDPageContentStream content, Printable printable, List<List<String>> cells, float[] widths, float y)
            throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y;
            for (String line : cells.get(i)) {
                text(content, printable.font, FONT_SIZE, x + PADDING, lineY, line);
                lineY -= LINE;
            }
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

    /** Text the font can show: other characters become '?', line breaks spaces; wrapped to a width. */
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

        /** The text in lines no wider than the width, broken between words, or inside a word wider than a line. */
        List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : safe(text).split(" ", -1)) { //$NON-NLS-1$
                String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
                if (fits(candidate, width)) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int point : word.codePoints().toArray()) {
                    if (!line.isEmpty() && !fits(line + new String(Character.toChars(point)), width)) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(point);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private boolean fits(String text, float width) throws IOException {
            return font.getStringWidth(text) / 1000 * FONT_SIZE <= width;
        }
    }
}
