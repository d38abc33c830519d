package io.ticksignal.replay.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line chart over a shared x axis, with axis titles, ticks, a grid and a legend. Long series are thinned to at
 * most {@link #MAX_POINTS} points (every k-th point, the last always kept).
 */
final class LineChart
{
    static final int MAX_POINTS = 1500;

    private final String id;
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series = new ArrayList<>();
    private double[] x = new double[0];
    private DoubleFunction<String> xFormat = Svg::number;
    private DoubleFunction<String> yFormat = Svg::number;
    private Series fill;
    private String diagonal;
    private boolean timeAxis;

    LineChart(final String id, final String title, final String xTitle, final String yTitle)
    {
        this.id = id;
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    LineChart x(final double[] x, final DoubleFunction<String> format)
    {
        this.x = x;
        this.xFormat = format;
        return this;
    }

    LineChart timeX(final double[] epochMs, final DoubleFunction<String> format)
    {
        timeAxis = true;
        return x(epochMs, format);
    }

    LineChart yFormat(final DoubleFunction<String> format)
    {
        this.yFormat = format;
        return this;
    }

    LineChart add(final Series line)
    {
        series.add(line);
        return this;
    }

    LineChart area(final Series line)
    {
        fill = line;
        series.add(line);
        return this;
    }

    LineChart diagonal(final String legend)
    {
        diagonal = legend;
        return this;
    }

    String toSvg()
    {
        final Svg svg = new Svg(id, title, Svg.WIDTH, Svg.HEIGHT);
        final int bottom = Svg.HEIGHT - Svg.BOTTOM;
        final Axis xAxis = Axis.covering(null != diagonal ? new double[][]{x, {0.0, 1.0}} : new double[][]{x},
            Svg.LEFT, Svg.WIDTH - Svg.RIGHT, false);
        final double[][] ys = new double[series.size() + (null != diagonal ? 1 : 0)][];
        for (int i = 0; i < series.size(); i++)
        {
            ys[i] = series.get(i).y;
        }
        if (null != diagonal)
        {
            ys[series.size()] = new double[]{0.0, 1.0};
        }
        final Axis yAxis = Axis.covering(ys, bottom, Svg.TOP, true);
        Frame.draw(svg, xAxis, timeAxis ? TimeTicks.of(xAxis.min(), xAxis.max(), 8) : null, yAxis, xFormat, yFormat, xTitle, yTitle);
        if (null != diagonal)
        {
            svg.polyline(point(xAxis, yAxis, 0, 0) + ' ' + point(xAxis, yAxis, 1, 1), "#999", 1.2, "6,4");
        }
        for (final Series line : series)
        {
            final String points = points(xAxis, yAxis, line.y);
            if (line == fill)
            {
                svg.polygon(point(xAxis, yAxis, x[0], Math.max(0.0, yAxis.min())) + ' ' + points + ' ' +
                    point(xAxis, yAxis, x[x.length - 1], Math.max(0.0, yAxis.min())), line.color + "55");
            }
            svg.polyline(points, line.color, 1.8, line.dash);
            if (x.length < 40)
            {
                for (int i = 0; i < x.length; i++)
                {
                    if (Double.isFinite(line.y[i]))
                    {
                        svg.circle(xAxis.toPixel(x[i]), yAxis.toPixel(line.y[i]), 3.5, line.color);
                    }
                }
            }
        }
        final List<Series> legend = new ArrayList<>(series);
        if (null != diagonal)
        {
            legend.add(new Series(diagonal, "#999999", new double[0], "6,4"));
        }
        Frame.legend(svg, legend);
        return svg.finish();
    }

    private static String point(final Axis xAxis, final Axis yAxis, final double x, final double y)
    {
        return Svg.number(xAxis.toPixel(x)) + ',' + Svg.number(yAxis.toPixel(y));
    }

    private String points(final Axis xAxis, final Axis yAxis, final double[] y)
    {
        final StringBuilder points = new StringBuilder(x.length * 12);
        final int step = Math.max(1, (x.length + MAX_POINTS - 1) / MAX_POINTS);
        for (int i = 0; i < x.length; i += step)
        {
            append(points, xAxis, yAxis, i, y);
        }
        if ((x.length - 1) % step != 0)
        {
            append(points, xAxis, yAxis, x.length - 1, y);
        }
        return points.toString().trim();
    }

    private void append(final StringBuilder points, final Axis xAxis, final Axis yAxis, final int i,
        final double[] y)
    {
        if (Double.isFinite(y[i]))
        {
            points.append(point(xAxis, yAxis, x[i], y[i])).append(' ');
        }
    }
}
