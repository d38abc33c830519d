package io.ticksignal.engine.feature.indicator;

/**
 * {@code ad}: Chaikin accumulation/distribution line, the running sum from 0 of
 * {@code ((close - low) - (high - close)) / (high - low) * volume}, bars with high - low &lt;= 0 adding nothing (TA-Lib AD).
 * Warm after 1 bar.
 */
public final class Ad extends SingleOutputIndicator
{
    private double ad = Double.NaN;

    /**
     * Accumulation/distribution line (no parameters).
     */
    public Ad()
    {
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        ad = AdOsc.accumulate(Double.isNaN(ad) ? 0.0 : ad, high, low, close, volume);
    }

    @Override
    public double value(final int output)
    {
        return ad;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(ad);
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        ad = Double.NaN;
    }
}
