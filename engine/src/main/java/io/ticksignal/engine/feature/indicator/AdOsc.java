package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code adosc(f,s)}: Chaikin A/D oscillator {@code ema(ad, f) - ema(ad, s)}; both EMAs start at the first A/D value
 * (not SMA-seeded) and use {@code e = k * ad + (1 - k) * e} (TA-Lib ADOSC). Warm after max(f, s) bars.
 */
public final class AdOsc extends SingleOutputIndicator
{
    private final int warmUpCount;
    private final double fastSmoothing;
    private final double slowSmoothing;
    private int count;
    private double ad;
    private double fastEma;
    private double slowEma;

    /**
     * ADOSC(3, 10), TA-Lib's defaults.
     */
    public AdOsc()
    {
        this(3, 10);
    }

    /**
     * @param fastPeriod fast EMA period, at least 2.
     * @param slowPeriod slow EMA period, at least 2.
     */
    public AdOsc(final int fastPeriod, final int slowPeriod)
    {
        ArgumentChecks.requireAtLeast("fastPeriod", fastPeriod, 2);
        ArgumentChecks.requireAtLeast("slowPeriod", slowPeriod, 2);
        this.warmUpCount = Math.max(fastPeriod, slowPeriod);
        this.fastSmoothing = 2.0 / (fastPeriod + 1);
        this.slowSmoothing = 2.0 / (slowPeriod + 1);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        ad = accumulate(ad, high, low, close, volume);
        if (count == 0)
        {
            fastEma = ad;
            slowEma = ad;
        }
        else
        {
            fastEma = (fastSmoothing * ad) + ((1.0 - fastSmoothing) * fastEma);
            slowEma = (slowSmoothing * ad) + ((1.0 - slowSmoothing) * slowEma);
        }
        if (count < warmUpCount)
        {
            count++;
        }
    }

    @Override
    public double value(final int output)
    {
        return count >= warmUpCount ? fastEma - slowEma : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return count >= warmUpCount;
    }

    @Override
    public int warmUpCount()
    {
        return warmUpCount;
    }

    @Override
    void clear()
    {
        count = 0;
        ad = 0.0;
        fastEma = 0.0;
        slowEma = 0.0;
    }

    /**
     * @return {@code ad} plus this bar's money flow volume, or {@code ad} if {@code high - low <= 0}.
     */
    static double accumulate(
        final double ad, final double high, final double low, final double close, final double volume)
    {
        final double range = high - low;
        return range > 0.0 ? ad + (((close - low) - (high - close)) / range) * volume : ad;
    }
}
