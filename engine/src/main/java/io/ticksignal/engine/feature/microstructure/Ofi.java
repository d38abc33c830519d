package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code ofi(n)}: Cont–Kukanov–Stoikov order-flow imbalance, in base units, summed over the last n quote updates.
 * Each valid quote after the first contributes, against the previous valid quote (primed),
 * {@code e = 1{Pb >= Pb'} qb - 1{Pb <= Pb'} qb' - 1{Pa <= Pa'} qa + 1{Pa >= Pa'} qa'}; {@code ofi(n) = sum of the
 * last n e}.
 * <p>
 * Reads quotes only; warm after n + 1 valid quotes (warm-up count n + 1); NaN on trade-only data. Invalid or
 * crossed quotes are rejected, counted, and do not become the previous quote. Running sum re-anchored every n
 * updates. O(1), allocation-free after construction, single-threaded.
 */
public final class Ofi extends SingleOutputMarketFeature
{
    private final int windowLength;
    private final WindowSum flows;
    private boolean hasPrevious;
    private double previousBidPrice;
    private double previousBidSize;
    private double previousAskPrice;
    private double previousAskSize;

    /**
     * @param windowLength n, the number of quote updates summed, 1 to 2^24.
     */
    public Ofi(final int windowLength)
    {
        this.windowLength = FeatureArguments.requireWindow("n", windowLength);
        this.flows = new WindowSum(windowLength);
    }

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidQuote(bidPrice, bidSize, askPrice, askSize))
        {
            reject();
            return;
        }
        if (hasPrevious)
        {
            double flow = 0.0;
            if (bidPrice >= previousBidPrice)
            {
                flow += bidSize;
            }
            if (bidPrice <= previousBidPrice)
            {
                flow -= previousBidSize;
            }
            if (askPrice <= previousAskPrice)
            {
                flow -= askSize;
            }
            if (askPrice >= previousAskPrice)
            {
                flow += previousAskSize;
            }
            flows.push(flow);
        }
        hasPrevious = true;
        previousBidPrice = bidPrice;
        previousBidSize = bidSize;
        previousAskPrice = askPrice;
        previousAskSize = askSize;
    }

    @Override
    public double value(final int output)
    {
        return flows.isFull() ? flows.sum() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return flows.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return windowLength + 1;
    }

    @Override
    void clear()
    {
        flows.reset();
        hasPrevious = false;
    }
}
