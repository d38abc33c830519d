package io.ticksignal.engine.feature.indicator;

/**
 * {@code vwap(n)}: rolling VWAP {@code sum(tp * volume, n) / sum(volume, n)}, {@code tp = (high + low + close) / 3}
 * (a tick's price), i.e. {@code vwma(n)} of tp; the mean tp while every volume in the window is 0. Not in TA-Lib.
 * Warm after n bars.
 */
public final class RollingVwap extends SingleOutputIndicator
{
    private final Vwma typicalPriceVwma;

    /**
     * @param period window length in bars, at least 1.
     */
    public RollingVwap(final int period)
    {
        this.typicalPriceVwma = new Vwma(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        final double typicalPrice = (high + low + close) / 3.0;
        if (!Double.isFinite(typicalPrice) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        typicalPriceVwma.update(timeNs, typicalPrice, typicalPrice, typicalPrice, typicalPrice, volume);
    }

    @Override
    public double value(final int output)
    {
        return typicalPriceVwma.value(0);
    }

    @Override
    public boolean isWarm()
    {
        return typicalPriceVwma.isWarm();
    }

    @Override
    public int warmUpCount()
    {
        return typicalPriceVwma.warmUpCount();
    }

    @Override
    void clear()
    {
        typicalPriceVwma.reset();
    }
}
