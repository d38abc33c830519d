package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code keltner(n,k)}: Keltner channel, {@code middle = ema(n)} of the close (SMA-seeded, as {@code ema}),
 * {@code upper/lower = middle +/- k * atr(n)} (Wilder ATR, as {@code atr}). Not in TA-Lib. Warm after n + 1 bars.
 */
public final class Keltner implements Indicator
{
    private static final String[] OUTPUTS = {"lower", "middle", "upper"};

    private final int period;
    private final double multiplier;
    private final SeededEma middle;
    private final Atr atr;
    private long rejectedCount;

    /**
     * @param period     EMA and ATR period in bars, at least 2.
     * @param multiplier band half-width in ATRs, finite and positive.
     */
    public Keltner(final int period, final double multiplier)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.multiplier = ArgumentChecks.requirePositive("multiplier", multiplier);
        this.middle = new SeededEma(period);
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
        middle.push(close);
        atr.update(timeNs, open, high, low, close, volume);
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
        if (!atr.isWarm())
        {
            return Double.NaN;
        }
        final double centre = middle.value();
        switch (output)
        {
            case 0:
                return centre - multiplier * atr.value();
            case 1:
                return centre;
            default:
                return centre + multiplier * atr.value();
        }
    }

    @Override
    public boolean isWarm()
    {
        return atr.isWarm();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        middle.reset();
        atr.reset();
        rejectedCount = 0;
    }
}
