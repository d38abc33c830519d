package io.ticksignal.replay.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A histogram: bars over contiguous bins {@code [edges[i], edges[i + 1])} with counts.
 */
final class BarChart
{
    private final String id;
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final String seriesName;
    private final String color;

    BarChart(final String id, final String title, final String xTitle, final String yTitle, final String seriesName,
        final String color)
    {
        this.id = id;
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.seriesName = seriesName;
        this.color = color;
    }

    String toSvg(final double[] edges, final double[] counts, final DoubleFunction<String> xFormat)
    {
        final Svg svg = new Svg(id, title, Svg.WIDTH, Svg.HEIGHT);
        final int bottom = Svg.HEIGHT - Svg.BOTTOM;
        final Axis xAxis = new Axis(edges[0], edges[edges.length - 1], Svg.LEFT, Svg.WIDTH - Svg.RIGHT);
        final Axis yAxis = Axis.covering(new double[][]{counts, {0.0}}, bottom, Svg.TOP, false);
        final Axis paddedY = new Axis(0.0, yAxis.max() * 1.08, bottom, Svg.TOP);
        Frame.draw(svg, xAxis, null, paddedY, xFormat, BarChart::count, xTitle, yTitle);
        for (int i = 0; i < counts.length; i++)
        {
            final double left = xAxis.toPixel(edges[i]);
            final double right = xAxis.toPixel(edges[i + 1]);
            final double top = paddedY.toPixel(counts[i]);
            svg.rect(left + 1, top, right - left - 2, bottom - top, color,
                xFormat.apply(edges[i]) + " .. " + xFormat.apply(edges[i + 1]) + ": " + count(counts[i]));
        }
        Frame.legend(svg, List.of(new Series(seriesName, color, counts, null)));
        return svg.finish();
    }

    private static String count(final double value)
    {
        return value == Math.rint(value) ? Long.toString((long)value) : Svg.number(value);
    }
}
