package io.ticksignal.engine.feature.indicator;

/**
 * {@code ppo(f,s)}: percentage price oscillator {@code (ma(f) - ma(s)) / ma(s) * 100} (0 when ma(s) is TA-Lib
 * zero) of the close; MA type SMA by default (TA-Lib's default), or SMA-seeded EMAs each started at the first bar
 * (unlike MACD, TA-Lib does not align their seed windows). As TA-Lib PPO; warm after max(f, s) bars.
 */
public final class Ppo extends PriceOscillator
{
    /**
     * Built on simple moving averages, TA-Lib's default.
     *
     * @param fastPeriod fast period, at least 2 (swapped with slowPeriod if larger).
     * @param slowPeriod slow period, at least 2.
     */
    public Ppo(final int fastPeriod, final int slowPeriod)
    {
        this(fastPeriod, slowPeriod, MovingAverageType.SMA);
    }

    /**
     * @param fastPeriod fast period, at least 2 (swapped with slowPeriod if larger).
     * @param slowPeriod slow period, at least 2.
     * @param type       the moving average both are built from.
     */
    public Ppo(final int fastPeriod, final int slowPeriod, final MovingAverageType type)
    {
        super(fastPeriod, slowPeriod, type);
    }

    @Override
    public double value(final int output)
    {
        if (!averages.isReady())
        {
            return Double.NaN;
        }
        final double slow = averages.slow();
        return TaLibZero.isZero(slow) ? 0.0 : ((averages.fast() - slow) / slow) * 100.0;
    }
}
