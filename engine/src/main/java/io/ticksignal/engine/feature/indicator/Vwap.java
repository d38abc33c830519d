package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.CompensatedSum;

/**
 * {@code vwap}: session VWAP {@code sum(tp * volume) / sum(volume)}, {@code tp = (high + low + close) / 3} (a tick's
 * price, its OHLC being that price), over the updates since the UTC day of {@code timeNs} last changed (the session
 * resets at 00:00 UTC); the mean tp while the session's volume is 0. Compensated sums. Not in TA-Lib. Warm after 1 bar.
 */
public final class Vwap extends SingleOutputIndicator
{
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final CompensatedSum notional = new CompensatedSum();
    private final CompensatedSum volumeSum = new CompensatedSum();
    private final CompensatedSum typicalPriceSum = new CompensatedSum();
    private long sessionDay;
    private long sessionCount;
    private long sessionNonZeroVolumeCount;

    /**
     * Session VWAP (no parameters; sessions are UTC days).
     */
    public Vwap()
    {
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
        final long day = Math.floorDiv(timeNs, NANOS_PER_DAY);
        if (sessionCount == 0 || day != sessionDay)
        {
            startSession(day);
        }
        notional.add(typicalPrice * volume);
        volumeSum.add(volume);
        typicalPriceSum.add(typicalPrice);
        sessionCount++;
        if (volume != 0.0)
        {
            sessionNonZeroVolumeCount++;
        }
    }

    private void startSession(final long day)
    {
        sessionDay = day;
        notional.reset();
        volumeSum.reset();
        typicalPriceSum.reset();
        sessionCount = 0;
        sessionNonZeroVolumeCount = 0;
    }

    @Override
    public double value(final int output)
    {
        if (sessionCount == 0)
        {
            return Double.NaN;
        }
        return sessionNonZeroVolumeCount > 0 ? notional.value() / volumeSum.value() :
            typicalPriceSum.value() / sessionCount;
    }

    @Override
    public boolean isWarm()
    {
        return sessionCount > 0;
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        startSession(0);
    }
}
