package io.ticksignal.engine.feature.indicator;

/**
 * {@code natr(n)}: normalised average true range {@code atr(n) / close * 100}, 0 when the close is TA-Lib zero
 * (TA-Lib NATR). Warm after n + 1 bars.
 */
public final class Natr extends SingleOutputIndicator
{
    private final Atr atr;
    private double natr = Double.NaN;

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
            reject();
            return;
        }
        atr.update(timeNs, open, high, low, close, volume);
        if (atr.isWarm())
        {
            natr = TaLibZero.isZero(close) ? 0.0 : (atr.value() / close) * 100.0;
        }
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
    void clear()
    {
        atr.reset();
        natr = Double.NaN;
    }
}
