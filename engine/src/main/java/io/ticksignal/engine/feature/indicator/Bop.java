package io.ticksignal.engine.feature.indicator;

/**
 * {@code bop}: balance of power {@code (close - open) / (high - low)}, 0 when high - low is below 1e-8 (TA-Lib BOP).
 * Warm after 1 bar.
 */
public final class Bop implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private double bop = Double.NaN;
    private long rejectedCount;

    /**
     * Balance of power (no parameters).
     */
    public Bop()
    {
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        final double range = high - low;
        bop = TaLibZero.isZeroOrNegative(range) ? 0.0 : (close - open) / range;
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
        return bop;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(bop);
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
        bop = Double.NaN;
        rejectedCount = 0;
    }
}
