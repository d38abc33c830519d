package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code amihud(n)}: Amihud illiquidity, the mean over the last n terms of {@code |r(k)| / (p(k) * q(k))}, where
 * {@code r(k) = p(k) / p(k-1) - 1} is the simple return from the previous trade's price and {@code p(k) * q(k)} the
 * trade's notional; in inverse quote-currency units (e.g. per USD).
 * <p>
 * Reads trades only; each valid trade after the first with size &gt; 0 adds a term (a zero-size trade adds none but
 * still becomes the previous price); warm after n terms, i.e. n + 1 trades (warm-up count n + 1); works on
 * trade-only data. Bad trades are rejected and counted. Running sum re-anchored every n terms. O(1),
 * allocation-free after construction, single-threaded.
 */
public final class Amihud extends SingleOutputMarketFeature
{
    private final int windowLength;
    private final WindowSum terms;
    private double previousPrice = Double.NaN;

    /**
     * @param windowLength n, the number of terms averaged, 1 to 2^24.
     */
    public Amihud(final int windowLength)
    {
        this.windowLength = FeatureArguments.requireWindow("n", windowLength);
        this.terms = new WindowSum(windowLength);
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!EventChecks.isValidTrade(price, size))
        {
            reject();
            return;
        }
        if (size > 0.0 && !Double.isNaN(previousPrice))
        {
            terms.push(Math.abs(price / previousPrice - 1.0) / (price * size));
        }
        previousPrice = price;
    }

    @Override
    public double value(final int output)
    {
        return terms.isFull() ? terms.sum() / windowLength : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return terms.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return windowLength + 1;
    }

    @Override
    void clear()
    {
        terms.reset();
        previousPrice = Double.NaN;
    }
}
