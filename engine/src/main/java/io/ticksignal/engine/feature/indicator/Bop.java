package io.ticksignal.engine.feature.indicator;

/**
 * {@code bop}: balance of power {@code (close - open) / (high - low)}, 0 when high - low is below 1e-8 (TA-Lib BOP).
 * Warm after 1 bar.
 */
public final class Bop extends SingleOutputIndicator
{
    private double bop = Double.NaN;

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
            reject();
            return;
        }
        final double range = high - low;
        bop = TaLibZero.isZeroOrNegative(range) ? 0.0 : (close - open) / range;
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
    void clear()
    {
        bop = Double.NaN;
    }
}
