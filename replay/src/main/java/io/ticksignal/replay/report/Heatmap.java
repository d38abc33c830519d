package io.ticksignal.replay.report;

import java.util.Locale;

/**
 * A correlation heatmap: a square matrix of values in [-1, 1], blue negative, red positive, each cell labelled.
 */
final class Heatmap
{
    private static final int CELL = 92;
    private static final int LEFT = 200;
    private static final int TOP = 60;

    private Heatmap()
    {
    }

    static String toSvg(final String id, final String title, final String[] names, final double[][] matrix)
    {
        final int n = names.length;
        final int width = Math.max(Svg.WIDTH, LEFT + n * CELL + 240);
        final int height = TOP + n * CELL + 110;
        final Svg svg = new Svg(id, title, width, height);
        for (int row = 0; row < n; row++)
        {
            svg.text(LEFT - 10, TOP + row * CELL + CELL / 2.0 + 5, names[row], "end", 13, "normal");
            for (int column = 0; column < n; column++)
            {
                final double value = matrix[row][column];
                final double x = LEFT + column * CELL;
                final double y = TOP + row * CELL;
                svg.rect(x, y, CELL - 2, CELL - 2, color(value), names[row] + " / " + names[column]);
                svg.text(x + CELL / 2.0, y + CELL / 2.0 + 5,
                    Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value), "middle", 14, "normal");
            }
        }
        for (int column = 0; column < n; column++)
        {
            svg.text(LEFT + column * CELL + CELL / 2.0, TOP + n * CELL + 22, names[column], "middle", 13, "normal");
        }
        legend(svg, LEFT + n * CELL + 60, TOP);
        svg.text(LEFT + n * CELL / 2.0, TOP + n * CELL + 60, "Pearson correlation over the scored signals",
            "middle", 13, "normal");
        return svg.finish();
    }

    private static void legend(final Svg svg, final double x, final double top)
    {
        final int steps = 20;
        for (int i = 0; i < steps; i++)
        {
            final double value = 1.0 - 2.0 * i / (steps - 1);
            svg.rect(x, top + i * 14, 26, 14, color(value), null);
        }
        svg.text(x + 34, top + 10, "+1", "start", 12, "normal");
        svg.text(x + 34, top + steps * 7 + 4, "0", "start", 12, "normal");
        svg.text(x + 34, top + steps * 14, "-1", "start", 12, "normal");
        svg.text(x, top - 10, "correlation", "start", 12, "normal");
    }

    static String color(final double value)
    {
        if (Double.isNaN(value))
        {
            return "#dddddd";
        }
        final double v = Math.max(-1.0, Math.min(1.0, value));
        final int fade = (int)Math.round(255 * (1.0 - 0.85 * Math.abs(v)));
        return v >= 0 ?
            String.format(Locale.ROOT, "#%02x%02x%02x", 255, fade, fade) :
            String.format(Locale.ROOT, "#%02x%02x%02x", fade, fade, 255);
    }
}
