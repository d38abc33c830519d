package io.ticksignal.engine.feature.indicator;

/**
 * {@code tr}: true range {@code max(high - low, |high - prior close|, |low - prior close|)} (TA-Lib TRANGE).
 * Warm after 2 bars.
 */
public final class TrueRange extends SingleOutputIndicator
{
    private int count;
    private double previousClose;
    private double trueRange = Double.NaN;

    /**
     * True range (no parameters).
     */
    public TrueRange()
    {
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            reject();
            return;
        }
        if (count > 0)
        {
            trueRange = of(high, low, previousClose);
        }
        else
        {
            count = 1;
        }
        previousClose = close;
    }

    @Override
    public double value(final int output)
    {
        return trueRange;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(trueRange);
    }

    @Override
    public int warmUpCount()
    {
        return 2;
    }

    @Override
    void clear()
    {
        count = 0;
        previousClose = 0.0;
        trueRange = Double.NaN;
    }

    /**
     * @param high          this bar's high.
     * @param low           this bar's low.
     * @param previousClose the prior bar's close.
     * @return {@code max(high - low, |high - previousClose|, |low - previousClose|)}.
     */
    static double of(final double high, final double low, final double previousClose)
    {
        double range = high - low;
        final double upGap = Math.abs(high - previousClose);
        if (upGap > range)
        {
            range = upGap;
        }
        final double downGap = Math.abs(low - previousClose);
        if (downGap > range)
        {
            range = downGap;
        }
        return range;
    }
}
