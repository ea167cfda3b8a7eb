package org.homeward.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The reports' charts as SVG, drawn on the server by JFreeChart (no script, readable
 * without one, scaled to the screen by its view box). Each chart on a page has its
 * numbers beside it in a table.
 */
public final class Charts {

	private static final int WIDTH = 720;

	/** The width drawn for phones, where the wide drawing's words would be too small. */
	private static final int NARROW = 380;

	private static final int HEIGHT = 300;

	/** A chart drawn for wide screens and for phones (the page shows one of them). */
	public record Drawing(String wide, String narrow) {
	}

	/** The design system's blue, red, green and gold: told apart also by their shapes. */
	private static final List<Color> COLOURS = List.of(new Color(0x005ea2), new Color(0xd83933), new Color(0x008817),
			new Color(0x936f38));

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	private Charts() {
	}

	/**
	 * Lines over time, one per series.
	 * @param series each series' name and its value per category (in the categories'
	 * order)
	 */
	public static Drawing lines(List<String> categories, Map<String, List<? extends Number>> series, String valueAxis) {
		JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, dataset(categories, series),
				PlotOrientation.VERTICAL, series.size() > 1, false, false);
		CategoryPlot plot = style(chart, categories.size());
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(categories.size() <= 12);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
			renderer.setSeriesStroke(i, new BasicStroke(2.5f));
		}
		return svg(chart);
	}

	/** Bars, one per category and series. */
	public static Drawing bars(List<String> categories, Map<String, List<? extends Number>> series, String valueAxis) {
		JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, dataset(categories, series),
				PlotOrientation.VERTICAL, series.size() > 1, false, false);
		CategoryPlot plot = style(chart, categories.size());
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
		}
		return svg(chart);
	}

	private static DefaultCategoryDataset dataset(List<String> categories, Map<String, List<? extends Number>> series) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		series.forEach((name, values) -> {
			for (int i = 0; i < categories.size(); i++) {
				data.addValue(values.get(i), name, categories.get(i));
			}
		});
		return data;
	}

	private static CategoryPlot style(JFreeChart chart, int categories) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		chart.setAntiAlias(true);
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(FONT);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xdfe1e2));
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(FONT);
		domain.setMaximumCategoryLabelLines(2);
		if (categories > 16) {
			domain.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
		}
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setTickLabelFont(FONT);
		range.setLabelFont(FONT);
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return plot;
	}

	private static String tenths(double value) {
		long tenths = Math.round(value * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10)
				: (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
	}

	private static Drawing svg(JFreeChart chart) {
		return new Drawing(svg(chart, WIDTH), svg(chart, NARROW));
	}

	private static String svg(JFreeChart chart, int width) {
		SVGGraphics2D g = new SVGGraphics2D(width, HEIGHT);
		// a tenth of a pixel is finer than any screen shows: a third of the bytes
		g.setGeomDoubleConverter(Charts::tenths);
		g.setTransformDoubleConverter(Charts::tenths);
		// words as text (small, and found by a search of the page), not as outlines
		g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
		chart.draw(g, new Rectangle2D.Double(0, 0, width, HEIGHT));
		return g.getSVGElement(null, false, new ViewBox(0, 0, width, HEIGHT), null, null);
	}

}
