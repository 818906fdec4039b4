package org.trellis.web.pay;

import java.text.NumberFormat;
import java.util.Locale;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.entity.ParityReport;

/**
 * A band's chart as inline SVG, drawn on the server (no script): the band's range (minimum to
 * maximum, the midpoint dashed) behind one bar per track, from zero to the track's median pay. Every
 * figure is also written as text beside its bar, and the table under the chart holds them all; the
 * SVG has a title naming what it shows, for screen readers. A suppressed or empty group has no bar,
 * only its words. Text is escaped: nothing in it comes from the user unescaped.
 */
public final class ParityChart {

    static final int WIDTH = 640;
    private static final int LEFT = 150;
    private static final int RIGHT = 90;
    /** Two rows of range labels above the bars: minimum and maximum on the first, the midpoint below, so none overlaps. */
    private static final int TOP = 40;
    private static final int BAR = 26;
    private static final int GAP = 14;
    private static final String[] COLOURS = {"#1d4ed8", "#6d28d9"};

    private ParityChart() {
    }

    /** @param words what to call things: kind.IC, kind.MANAGEMENT, fewer than 5, nobody, minimum, midpoint, maximum, median */
    public static String svg(ParityReport.Band band, Words words, Locale locale) {
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        double top = 0;
        for (ParityReport.Group g : band.tracks()) {
            if (g.medianPay() != null) {
                top = Math.max(top, g.medianPay().doubleValue());
            }
        }
        if (band.range() != null) {
            top = Math.max(top, band.range().maximum().doubleValue());
        }
        top = top <= 0 ? 1 : top * 1.08;
        int height = TOP + band.tracks().size() * (BAR + GAP) + 8;
        double scale = (WIDTH - LEFT - RIGHT) / top;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parity-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title-").append(band.band()).append("\">");
        svg.append("<title id=\"chart-title-").append(band.band()).append("\">").append(escape(words.title(band))).append("</title>");
        double[] lines = null;
        if (band.range() != null) {
            double min = LEFT + band.range().minimum().doubleValue() * scale;
            double mid = LEFT + band.range().midpoint().doubleValue() * scale;
            double max = LEFT + band.range().maximum().doubleValue() * scale;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#e2e8f0\"/>",
                    min, TOP - 6, max - min, height - 4 - TOP + 6));
            label(svg, min, 14, "end", words.minimum() + " " + number.format(band.range().minimum()));
            label(svg, mid, 28, "middle", words.midpoint() + " " + number.format(band.range().midpoint()));
            label(svg, max, 14, "start", words.maximum() + " " + number.format(band.range().maximum()));
            lines = new double[] {min, mid, max};
        }
        StringBuilder medians = new StringBuilder();
        int y = TOP;
        int index = 0;
        for (ParityReport.Group group : band.tracks()) {
            String name = words.kind(TrackKind.valueOf(group.key()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#0f172a\">%s</text>",
                    LEFT - 8, y + BAR / 2 + 5, escape(name)));
            if (group.medianPay() != null) {
                double end = group.medianPay().doubleValue() * scale;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", LEFT, y,
                        end, BAR, COLOURS[index % COLOURS.length]));
                medians.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#0f172a\""
                        + " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>", LEFT + end + 4, y + BAR / 2 + 4,
                        escape(words.median() + " " + number.format(group.medianPay()))));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#334155\">%s</text>",
                        LEFT + 4, y + BAR / 2 + 4, escape(group.suppressed() ? words.fewerThan5() : words.nobody())));
            }
            y += BAR + GAP;
            index++;
        }
        if (lines != null) {
            // The range's edges and midpoint over the bars too, so a bar shows where it ends against them.
            for (int i = 0; i < lines.length; i++) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#334155\"%s/>",
                        lines[i], TOP - 6, lines[i], height - 4, i == 1 ? " stroke-dasharray=\"4 3\"" : ""));
            }
        }
        svg.append(medians);
        return svg.append("</svg>").toString();
    }

    private static void label(StringBuilder svg, double x, int y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"11\" fill=\"#334155\">%s</text>",
                x, y, anchor, escape(text)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The words of a chart, in the page's language. */
    public interface Words {
        String title(ParityReport.Band band);

        String kind(TrackKind kind);

        String fewerThan5();

        String nobody();

        String minimum();

        String midpoint();

        String maximum();

        String median();
    }
}
