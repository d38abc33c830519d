package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.SortedWindow;

/**
 * {@code vol_percentile(n,m)}: percent rank (0..100) of the current {@code vol_close(n)} among its last
 * m values (the current one included), {@code 100 (below + (equal - 1) / 2) / (m - 1)}, where below
 * counts the values strictly lower and equal those exactly equal (itself included): lowest 0, highest
 * 100, ties share their mid-rank, all equal 50. Warm after n + m bars. Update cost O(log m) compares
 * plus an O(m) array shift (memmove); exact. Reads the close only.
 */
public final class VolPercentile extends VolatilityEstimator
{
    /** The feature name, as written in expressions. */
    public static final String NAME = "vol_percentile";

    private final double rankScale;
    private final VolClose volClose;
    private final SortedWindow history;

    /**
     * @param period        number of returns n of the underlying {@code vol_close(n)}, at least 2.
     * @param historyLength number of vol_close values m ranked against, at least 2.
     */
    public VolPercentile(final int period, final int historyLength)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2)
            + ArgumentChecks.requireAtLeast("historyLength", historyLength, 2));
        this.rankScale = 100.0 / (historyLength - 1);
        this.volClose = new VolClose(period);
        this.history = new SortedWindow(historyLength);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!EstimatorArguments.isValidPrice(close))
        {
            reject();
            return;
        }
        volClose.update(timeNs, open, high, low, close, volume);
        if (!volClose.isWarm())
        {
            return;
        }
        final double current = volClose.value();
        history.push(current);
        if (history.isFull())
        {
            final int below = history.countBelow(current);
            final int equalOthers = history.countAtOrBelow(current) - below - 1;
            publish(rankScale * (below + 0.5 * equalOthers));
        }
    }

    @Override
    void clear()
    {
        volClose.reset();
        history.reset();
    }
}
