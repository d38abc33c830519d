package io.ticksignal.engine.feature.indicator;

/**
 * {@code natr(n)}: normalised average true range {@code atr(n) / close * 100}, 0 when the close is TA-Lib zero
 * (TA-Lib NATR). Warm after n + 1 bars.
 */
public final class Natr implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final Atr atr;
    private double natr = Double.NaN;
    private long rejectedCount;

    /**
     * @param period ATR period in bars, at least 1.
     */
    public Natr(final int period)
    {
        this.atr = new Atr(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        atr.update(timeNs, open, high, low, close, volume);
        if (atr.isWarm())
        {
            natr = TaLibZero.isZero(close) ? 0.0 : (atr.value() / close) * 100.0;
        }
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
        return natr;
    }

    @Override
    public boolean isWarm()
    {
        return atr.isWarm();
    }

    @Override
    public int warmUpCount()
    {
        return atr.warmUpCount();
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        atr.reset();
        natr = Double.NaN;
        rejectedCount = 0;
    }
}
