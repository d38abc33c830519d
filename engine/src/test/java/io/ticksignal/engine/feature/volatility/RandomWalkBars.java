package io.ticksignal.engine.feature.volatility;

import java.util.SplittableRandom;

/**
 * Test-only generator of a fixed-seed random walk of consistent OHLC bars: each bar opens with a
 * small gap from the previous close, moves to its close, and reaches a little beyond both for
 * its high and low. Log steps are uniform in [-0.001, 0.001] (about 0.06% per bar).
 */
final class RandomWalkBars
{
    private static final double STEP = 0.001;

    private final SplittableRandom random;
    private double logClose = Math.log(1000.0);
    private double open;
    private double high;
    private double low;
    private double close;

    RandomWalkBars(final long seed)
    {
        random = new SplittableRandom(seed);
    }

    void next()
    {
        final double logOpen = logClose + 0.25 * step();
        logClose = logOpen + step();
        open = Math.exp(logOpen);
        close = Math.exp(logClose);
        high = Math.max(open, close) * Math.exp(0.5 * STEP * random.nextDouble());
        low = Math.min(open, close) * Math.exp(-0.5 * STEP * random.nextDouble());
    }

    private double step()
    {
        return STEP * (2.0 * random.nextDouble() - 1.0);
    }

    double open()
    {
        return open;
    }

    double high()
    {
        return high;
    }

    double low()
    {
        return low;
    }

    double close()
    {
        return close;
    }

    /**
     * @return the next {@code count} bars as arrays.
     */
    BarArrays take(final int count)
    {
        final BarArrays bars = new BarArrays();
        for (int i = 0; i < count; i++)
        {
            next();
            bars.add(i, open, high, low, close, 1.0);
        }
        return bars;
    }
}
