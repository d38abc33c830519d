package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code sar(af,max)}: Wilder's parabolic SAR with TA-Lib's start: the first trend is short if the second bar's
 * -DM is positive, else long, with the SAR at the first bar's low (long) or high (short); the acceleration
 * grows by af per new extreme up to max; the SAR never enters the last two bars' range (TA-Lib SAR).
 * Warm after 2 bars.
 */
public final class Sar extends SingleOutputIndicator
{
    private final double acceleration;
    private final double maximum;
    private int count;
    private boolean isLong;
    private double factor;
    private double extreme;
    private double sar;
    private double previousHigh;
    private double previousLow;
    private double sarValue = Double.NaN;

    /**
     * SAR(0.02, 0.2), TA-Lib's defaults.
     */
    public Sar()
    {
        this(0.02, 0.2);
    }

    /**
     * @param acceleration acceleration step and start, positive (capped at maximum).
     * @param maximum      acceleration cap, positive.
     */
    public Sar(final double acceleration, final double maximum)
    {
        this.maximum = ArgumentChecks.requirePositive("maximum", maximum);
        this.acceleration = Math.min(ArgumentChecks.requirePositive("acceleration", acceleration), maximum);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low))
        {
            reject();
            return;
        }
        if (count == 0)
        {
            previousHigh = high;
            previousLow = low;
            count = 1;
            return;
        }
        if (count == 1)
        {
            start(high, low);
            count = 2;
        }
        if (isLong)
        {
            stepLong(high, low);
        }
        else
        {
            stepShort(high, low);
        }
        previousHigh = high;
        previousLow = low;
    }

    @Override
    public double value(final int output)
    {
        return sarValue;
    }

    @Override
    public boolean isWarm()
    {
        return count > 1;
    }

    @Override
    public int warmUpCount()
    {
        return 2;
    }

    @Override
    void clear()
    {
        count = 0;
        isLong = false;
        factor = 0.0;
        extreme = 0.0;
        sar = 0.0;
        previousHigh = 0.0;
        previousLow = 0.0;
        sarValue = Double.NaN;
    }

    private void start(final double high, final double low)
    {
        final double upMove = high - previousHigh;
        final double downMove = previousLow - low;
        isLong = !(downMove > 0.0 && upMove < downMove);
        factor = acceleration;
        if (isLong)
        {
            extreme = high;
            sar = previousLow;
        }
        else
        {
            extreme = low;
            sar = previousHigh;
        }
        previousHigh = high;
        previousLow = low;
    }

    private void stepLong(final double high, final double low)
    {
        if (low <= sar)
        {
            isLong = false;
            sar = Math.max(extreme, Math.max(previousHigh, high));
            sarValue = sar;
            factor = acceleration;
            extreme = low;
            sar = Math.max(sar + factor * (extreme - sar), Math.max(previousHigh, high));
            return;
        }
        sarValue = sar;
        if (high > extreme)
        {
            extreme = high;
            factor = Math.min(factor + acceleration, maximum);
        }
        sar = Math.min(sar + factor * (extreme - sar), Math.min(previousLow, low));
    }

    private void stepShort(final double high, final double low)
    {
        if (high >= sar)
        {
            isLong = true;
            sar = Math.min(extreme, Math.min(previousLow, low));
            sarValue = sar;
            factor = acceleration;
            extreme = high;
            sar = Math.min(sar + factor * (extreme - sar), Math.min(previousLow, low));
            return;
        }
        sarValue = sar;
        if (low < extreme)
        {
            extreme = low;
            factor = Math.min(factor + acceleration, maximum);
        }
        sar = Math.max(sar + factor * (extreme - sar), Math.max(previousHigh, high));
    }
}
