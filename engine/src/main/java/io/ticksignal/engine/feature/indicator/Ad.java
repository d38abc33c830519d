package io.ticksignal.engine.feature.indicator;

/**
 * {@code ad}: Chaikin accumulation/distribution line, the running sum from 0 of
 * {@code ((close - low) - (high - close)) / (high - low) * volume}, bars with high - low &lt;= 0 adding nothing (TA-Lib AD).
 * Warm after 1 bar.
 */
public final class Ad implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private double ad = Double.NaN;
    private long rejectedCount;

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
            rejectedCount++;
            return;
        }
        ad = AdOsc.accumulate(Double.isNaN(ad) ? 0.0 : ad, high, low, close, volume);
    }

    @Override
    public int outputCount()
    {
        return OUTPUTS.length;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.of(OUTPUTS, output);
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
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        ad = Double.NaN;
        rejectedCount = 0;
    }
}
