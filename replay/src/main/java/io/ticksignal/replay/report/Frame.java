package io.ticksignal.replay.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Plot frame: grid, ticks, tick labels, axis titles and legend, shared by the charts.
 */
final class Frame
{
    private Frame()
    {
    }

    static void draw(
        final Svg svg,
        final Axis xAxis,
        final double[] xTicks,
        final Axis yAxis,
        final DoubleFunction<String> xFormat,
        final DoubleFunction<String> yFormat,
        final String xTitle,
        final String yTitle)
    {
        final double bottom = Svg.HEIGHT - Svg.BOTTOM;
        final double right = Svg.WIDTH - Svg.RIGHT;
        for (final double tick : yAxis.ticks(6))
        {
            final double y = yAxis.toPixel(tick);
            svg.line(Svg.LEFT, y, right, y, "#e3e3e3", 1);
            svg.text(Svg.LEFT - 8, y + 4, yFormat.apply(tick), "end", 12, "normal");
        }
        for (final double tick : null == xTicks ? xAxis.ticks(8) : xTicks)
        {
            final double x = xAxis.toPixel(tick);
            svg.line(x, bottom, x, bottom + 5, "#444", 1);
            svg.text(x, bottom + 20, xFormat.apply(tick), "middle", 12, "normal");
        }
        svg.line(Svg.LEFT, bottom, right, bottom, "#444", 1.2);
        svg.line(Svg.LEFT, Svg.TOP, Svg.LEFT, bottom, "#444", 1.2);
        svg.text((Svg.LEFT + right) / 2, Svg.HEIGHT - 12, xTitle, "middle", 13, "normal");
        svg.verticalText(22, (Svg.TOP + bottom) / 2, yTitle);
    }

    static void legend(final Svg svg, final List<Series> series)
    {
        double x = Svg.WIDTH - Svg.RIGHT - 10;
        for (int i = series.size() - 1; i >= 0; i--)
        {
            final Series line = series.get(i);
            final double width = 34 + 7.5 * line.name.length();
            x -= width;
            svg.polyline(Svg.number(x) + ',' + Svg.number(Svg.TOP - 4) + ' ' + Svg.number(x + 24) + ',' +
                Svg.number(Svg.TOP - 4), line.color, 3, line.dash);
            svg.text(x + 30, Svg.TOP, line.name, "start", 12, "normal");
        }
    }
}
