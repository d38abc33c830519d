package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code kama(n)}: Kaufman adaptive moving average. Efficiency ratio ER = |close - close[n]| / sum of the
 * last n |close changes| (1 when that sum is zero); smoothing ((ER * (2/3 - 2/31)) + 2/31)^2; seeded
 * with the previous close (TA-Lib KAMA, fixed 2/30 constants); warm after n + 1 bars.
 */
public final class Kama extends SingleOutputIndicator
{
    private static final double SLOWEST = 2.0 / (30.0 + 1.0);
    private static final double FASTEST_MINUS_SLOWEST = 2.0 / (2.0 + 1.0) - SLOWEST;

    private final int period;
    private final DoubleRing closes;
    private final WindowSum absoluteChanges;
    private int count;
    private double kama = Double.NaN;

    /**
     * @param period efficiency-ratio window in bars, at least 2.
     */
    public Kama(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.closes = new DoubleRing(period + 1);
        this.absoluteChanges = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        if (count > 0)
        {
            absoluteChanges.push(Math.abs(close - closes.get(0)));
        }
        final double previousClose = closes.get(0);
        closes.push(close);
        if (count <= period)
        {
            count++;
        }
        if (count <= period)
        {
            return;
        }
        if (Double.isNaN(kama))
        {
            kama = previousClose;
        }
        final double change = close - closes.get(period);
        final double path = absoluteChanges.sum();
        double efficiency = 1.0;
        if (!(path <= change || TaLibZero.isZero(path)))
        {
            efficiency = Math.abs(change / path);
        }
        double smoothing = (efficiency * FASTEST_MINUS_SLOWEST) + SLOWEST;
        smoothing *= smoothing;
        kama = ((close - kama) * smoothing) + kama;
    }

    @Override
    public double value(final int output)
    {
        return kama;
    }

    @Override
    public boolean isWarm()
    {
        return count > period;
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        closes.reset();
        absoluteChanges.reset();
        count = 0;
        kama = Double.NaN;
    }
}
