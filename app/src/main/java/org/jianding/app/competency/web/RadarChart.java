package org.jianding.app.competency.web;

import java.util.List;
import java.util.Locale;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.bank.Level;
import org.springframework.web.util.HtmlUtils;

/**
 * The competency chart (能力素质状况图示) as inline SVG drawn on the server: one axis per item, rings for 初级 …
 * 资深, the standard as a dashed outline and the assessed levels as a filled shape (an item never assessed sits at
 * the centre). Accessible through its title and description; the table beside it carries the same numbers.
 */
final class RadarChart {

    private static final double CX = 300;
    private static final double CY = 260;
    private static final double R = 170;

    private RadarChart() {}

    /**
     * @param title the chart's accessible name
     * @param description one sentence saying what the shapes are, for screen readers
     */
    static String svg(
            CompetencyProfile profile, String title, String description, String assessedLabel, String standardLabel) {
        List<CompetencyProfile.Item> items = profile.items();
        int n = items.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 540\" role=\"img\" id=\"radar\"")
                .append(" aria-labelledby=\"radar-title radar-desc\" class=\"w-100\" style=\"max-width:600px\">");
        s.append("<title id=\"radar-title\">").append(esc(title)).append("</title>");
        s.append("<desc id=\"radar-desc\">").append(esc(description)).append("</desc>");
        for (int r = 1; r <= 4; r++) {
            int ring = r;
            s.append("<polygon fill=\"none\" stroke=\"#ced4da\" stroke-width=\"1\" points=\"")
                    .append(points(n, i -> ringValue(ring)))
                    .append("\"/>");
            Level level = Level.ofRank(5 - ring).orElseThrow();
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#6c757d\">%s</text>",
                    CX + 3,
                    CY - R * ring / 4.0 + 11,
                    esc(level.competencyName())));
        }
        for (int i = 0; i < n; i++) {
            double[] end = at(i, n, 1);
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dee2e6\"/>",
                    CX,
                    CY,
                    end[0],
                    end[1]));
            double[] label = at(i, n, 1.12);
            String anchor = Math.abs(label[0] - CX) < 5 ? "middle" : label[0] > CX ? "start" : "end";
            s.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\" dominant-baseline=\"middle\">",
                            label[0],
                            label[1],
                            anchor))
                    .append(esc(items.get(i).name()))
                    .append("</text>");
        }
        s.append("<polygon id=\"radar-standard\" fill=\"none\" stroke=\"#dc3545\" stroke-width=\"2\"")
                .append(" stroke-dasharray=\"6 4\" points=\"")
                .append(points(n, i -> value(items.get(i).standard())))
                .append("\"/>");
        s.append("<polygon id=\"radar-assessed\" fill=\"#0d6efd\" fill-opacity=\"0.25\" stroke=\"#0d6efd\"")
                .append(" stroke-width=\"2\" points=\"")
                .append(points(n, i -> value(items.get(i).assessed())))
                .append("\"/>");
        s.append("<g font-size=\"12\">")
                .append("<rect x=\"20\" y=\"510\" width=\"14\" height=\"14\" fill=\"#0d6efd\" fill-opacity=\"0.25\"")
                .append(" stroke=\"#0d6efd\"/>")
                .append("<text x=\"40\" y=\"521\">")
                .append(esc(assessedLabel))
                .append("</text>")
                .append("<line x1=\"160\" y1=\"517\" x2=\"190\" y2=\"517\" stroke=\"#dc3545\" stroke-width=\"2\"")
                .append(" stroke-dasharray=\"6 4\"/>")
                .append("<text x=\"196\" y=\"521\">")
                .append(esc(standardLabel))
                .append("</text></g>");
        return s.append("</svg>").toString();
    }

    /** 初级 1 … 资深 4 rings out; not assessed 0. */
    static double value(Level level) {
        return level == null ? 0 : ringValue(5 - level.rank());
    }

    private static double ringValue(int ring) {
        return ring / 4.0;
    }

    private static String points(int n, java.util.function.IntToDoubleFunction radius) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] xy = at(i, n, radius.applyAsDouble(i));
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
        }
        return p.toString().strip();
    }

    private static double[] at(int i, int n, double fraction) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {CX + R * fraction * Math.cos(angle), CY + R * fraction * Math.sin(angle)};
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
