package io.ticksignal.replay.report;

/**
 * A linear axis: maps data values to pixels and chooses "nice" tick steps (1, 2 or 5 times a power of ten).
 */
final class Axis
{
    private final double min;
    private final double max;
    private final double pixelFrom;
    private final double pixelTo;

    Axis(final double min, final double max, final double pixelFrom, final double pixelTo)
    {
        final boolean degenerate = !(max > min);
        final double pad = degenerate ? Math.max(1e-9, Math.abs(min) * 0.01 + 1e-9) : 0.0;
        this.min = degenerate ? min - pad : min;
        this.max = degenerate ? max + pad : max;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    static Axis covering(final double[][] values, final double pixelFrom, final double pixelTo, final boolean pad)
    {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double[] series : values)
        {
            for (final double value : series)
            {
                if (Double.isFinite(value))
                {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        if (!Double.isFinite(min))
        {
            min = 0.0;
            max = 1.0;
        }
        final double margin = pad ? (max - min) * 0.05 : 0.0;
        return new Axis(min - margin, max + margin, pixelFrom, pixelTo);
    }

    double min()
    {
        return min;
    }

    double max()
    {
        return max;
    }

    double toPixel(final double value)
    {
        return pixelFrom + (value - min) / (max - min) * (pixelTo - pixelFrom);
    }

    double[] ticks(final int target)
    {
        final double rough = (max - min) / target;
        final double power = Math.pow(10, Math.floor(Math.log10(rough)));
        final double fraction = rough / power;
        final double step = (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
        final double first = Math.ceil(min / step) * step;
        final int count = (int)Math.floor((max - first) / step + 1e-9) + 1;
        final double[] ticks = new double[Math.max(0, count)];
        for (int i = 0; i < ticks.length; i++)
        {
            ticks[i] = first + i * step;
        }
        return ticks;
    }
}
