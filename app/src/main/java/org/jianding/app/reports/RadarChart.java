package org.jianding.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.printing.ChineseFonts;
import org.jianding.bank.Level;

/**
 * The competency radar (能力素质状况图示): one spoke per item of the model, the assessed level against the standard
 * level of the post and level. Levels are plotted 1 (初级) to 4 (资深); an item never assessed sits at 0. A pure
 * function of the profile, drawn on any Graphics2D (vectors in the PDF, pixels in tests).
 */
final class RadarChart {

    static final String ASSESSED = "评估级别";
    static final String STANDARD = "标准级别";

    private static final Color ASSESSED_COLOR = new Color(0x1f, 0x5f, 0xbf);
    private static final Color STANDARD_COLOR = new Color(0xc0, 0x39, 0x2b);

    private RadarChart() {}

    /** The plotted value of a level: 初级 1, 中级 2, 高级 3, 资深 4; 0 for none. */
    static int value(Level level) {
        return level == null ? 0 : 5 - level.rank();
    }

    static DefaultCategoryDataset dataset(CompetencyProfile profile) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CompetencyProfile.Item item : profile.items()) {
            data.addValue(value(item.assessed()), ASSESSED, item.name());
            data.addValue(value(item.standard()), STANDARD, item.name());
        }
        return data;
    }

    static JFreeChart chart(CompetencyProfile profile) {
        SpiderWebPlot plot = new SpiderWebPlot(dataset(profile));
        plot.setMaxValue(4);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.22);
        plot.setWebFilled(true);
        plot.setAxisLinePaint(new Color(0xbb, 0xbb, 0xbb));
        plot.setLabelFont(ChineseFonts.awtFont(7.5f));
        plot.setLabelPaint(Color.DARK_GRAY);
        plot.setSeriesPaint(0, ASSESSED_COLOR);
        plot.setSeriesPaint(1, STANDARD_COLOR);
        plot.setSeriesOutlineStroke(0, new BasicStroke(1.4f));
        plot.setSeriesOutlineStroke(1, new BasicStroke(1.2f));
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(null, ChineseFonts.awtFont(9f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChineseFonts.awtFont(8f));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    static void draw(CompetencyProfile profile, Graphics2D g, Rectangle2D area) {
        chart(profile).draw(g, area);
    }
}
