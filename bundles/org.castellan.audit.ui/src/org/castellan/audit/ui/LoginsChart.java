package org.castellan.audit.ui;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.castellan.audit.AuditReports;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Logins and failures per day as pairs of bars (successes green, failures red) on a canvas, with
 * the highest count on the vertical axis and the days below, every few days when they are many.
 * The Audit Reports view and the home show it; give it {@link AuditReports#loginsPerDay} to draw.
 *
 * @since 0.1
 */
public final class LoginsChart {

    /** Day and month as the person's language writes a short date, without the year ("24/10", "10/24", "24.10."). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DateTimeFormatterBuilder
            .getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, Locale.getDefault(Locale.Category.FORMAT))
            .replaceAll("[^dM]*y+[^dM]*$", "").replaceAll("^y+[^dM]*", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int MARGIN = 8;

    private final Canvas canvas;
    private final Color succeededColor;
    private final Color failedColor;
    private List<LoginsPerDay> days = List.of();

    /** A chart on a new canvas in {@code parent}; lay out {@link #control()}. */
    public LoginsChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        succeededColor = new Color(parent.getDisplay(), 60, 150, 75);
        failedColor = new Color(parent.getDisplay(), 200, 40, 40);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addDisposeListener(e -> {
            succeededColor.dispose();
            failedColor.dispose();
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** Draws these days, oldest first. */
    public void show(List<LoginsPerDay> newDays) {
        days = List.copyOf(newDays);
        canvas.redraw();
    }

    /** The days drawn now. */
    public List<LoginsPerDay> days() {
        return days;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int textHeight = gc.getFontMetrics().getHeight();
        String legendSucceeded = Messages.chartSucceeded;
        String legendFailed = Messages.chartFailed;
        gc.drawString(Messages.chartTitle, MARGIN, MARGIN, true);
        int legendX = MARGIN + gc.textExtent(Messages.chartTitle).x + 3 * MARGIN;
        legendX = legend(gc, legendX, MARGIN, textHeight, succeededColor, legendSucceeded);
        legend(gc, legendX, MARGIN, textHeight, failedColor, legendFailed);
        if (days.isEmpty()) {
            return;
        }
        int max = 1;
        for (LoginsPerDay day : days) {
            max = Math.max(max, Math.max(day.succeeded(), day.failed()));
        }
        String maxLabel = Integer.toString(max);
        int axisX = MARGIN + gc.textExtent(maxLabel).x + 4;
        int top = MARGIN * 2 + textHeight;
        int bottom = area.height - MARGIN - textHeight - 2;
        int width = area.width - axisX - MARGIN;
        if (bottom - top < 10 || width < days.size()) {
            return;
        }
        gc.drawLine(axisX, top, axisX, bottom);
        gc.drawLine(axisX, bottom, axisX + width, bottom);
        gc.drawString(maxLabel, MARGIN, top - textHeight / 2, true);
        gc.drawString("0", MARGIN, bottom - textHeight / 2, true); //$NON-NLS-1$
        float slot = (float) width / days.size();
        int bar = Math.max(1, (int) (slot / 2) - 1);
        int labelWidth = gc.textExtent("00-00").x + MARGIN; //$NON-NLS-1$
        int every = Math.max(1, (int) Math.ceil(labelWidth / slot));
        for (int i = 0; i < days.size(); i++) {
            LoginsPerDay day = days.get(i);
            int x = axisX + 1 + Math.round(i * slot);
            bar(gc, x, bottom, bar, (bottom - top) * day.succeeded() / max, succeededColor);
            bar(gc, x + bar, bottom, bar, (bottom - top) * day.failed() / max, failedColor);
            if (i % every == 0) {
                gc.drawString(DAY.format(day.day()), x, bottom + 2, true);
            }
        }
    }

    private static void bar(GC gc, int x, int bottom, int width, int height, Color color) {
        if (height > 0) {
            gc.setBackground(color);
            gc.fillRectangle(x, bottom - height, width, height);
        }
    }

    private static int legend(GC gc, int x, int y, int size, Color color, String text) {
        gc.setBackground(color);
        gc.fillRectangle(x, y + 2, size - 4, size - 4);
        Point extent = gc.textExtent(text);
        gc.drawString(text, x + size, y, true);
        return x + size + extent.x + 2 * MARGIN;
    }
}
