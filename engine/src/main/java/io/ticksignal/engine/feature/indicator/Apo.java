package io.ticksignal.engine.feature.indicator;

/**
 * {@code apo(f,s)}: absolute price oscillator {@code ma(f) - ma(s)} of the close; MA type SMA by default (TA-Lib's
 * default), or SMA-seeded EMAs each started at the first bar (unlike MACD, TA-Lib does not align their seed
 * windows). As TA-Lib APO; warm after max(f, s) bars.
 */
public final class Apo extends PriceOscillator
{
    /**
     * Built on simple moving averages, TA-Lib's default.
     *
     * @param fastPeriod fast period, at least 2 (swapped with slowPeriod if larger).
     * @param slowPeriod slow period, at least 2.
     */
    public Apo(final int fastPeriod, final int slowPeriod)
    {
        this(fastPeriod, slowPeriod, MovingAverageType.SMA);
    }

    /**
     * @param fastPeriod fast period, at least 2 (swapped with slowPeriod if larger).
     * @param slowPeriod slow period, at least 2.
     * @param type       the moving average both are built from.
     */
    public Apo(final int fastPeriod, final int slowPeriod, final MovingAverageType type)
    {
        super(fastPeriod, slowPeriod, type);
    }

    @Override
    public double value(final int output)
    {
        return averages.isReady() ? averages.fast() - averages.slow() : Double.NaN;
    }
}
