package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code apo(f,s)}: absolute price oscillator {@code ma(f) - ma(s)} of the close; MA type SMA by default (TA-Lib's
 * default), or SMA-seeded EMAs each started at the first bar (unlike MACD, TA-Lib does not align their seed
 * windows). As TA-Lib APO; warm after max(f, s) bars.
 */
public final class Apo implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final FastSlowAverages averages;
    private long rejectedCount;

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
        this.averages = new FastSlowAverages(
            ArgumentChecks.requireAtLeast("fastPeriod", fastPeriod, 2),
            ArgumentChecks.requireAtLeast("slowPeriod", slowPeriod, 2),
            type);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        averages.push(close);
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
        return averages.isReady() ? averages.fast() - averages.slow() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return averages.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return averages.slowPeriod();
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        averages.reset();
        rejectedCount = 0;
    }
}
