package io.ticksignal.engine.feature.indicator;

/**
 * {@code obv}: on-balance volume, starting at the first bar's volume, then {@code +volume} on a higher close,
 * {@code -volume} on a lower close, unchanged on an equal close (TA-Lib OBV). Warm after 1 bar.
 */
public final class Obv extends SingleOutputIndicator
{
    private boolean started;
    private double previousClose;
    private double obv = Double.NaN;

    /**
     * On-balance volume (no parameters).
     */
    public Obv()
    {
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        if (!started)
        {
            started = true;
            obv = volume;
        }
        else if (close > previousClose)
        {
            obv += volume;
        }
        else if (close < previousClose)
        {
            obv -= volume;
        }
        previousClose = close;
    }

    @Override
    public double value(final int output)
    {
        return obv;
    }

    @Override
    public boolean isWarm()
    {
        return started;
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        started = false;
        previousClose = 0.0;
        obv = Double.NaN;
    }
}
