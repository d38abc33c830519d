package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code vpin(bucket,n)}: volume-synchronised probability of informed trading,
 * {@code sum over the last n full buckets of |buy - sell| / (n * bucket)}, in [0, 1]. Trades fill buckets of
 * {@code bucket} base units in order; a trade that straddles a boundary is split, its remainder opening the next
 * bucket(s). Volume is classified trade by trade with the {@link TradeSign trade_sign} (tick classification with
 * Lee–Ready and aggressor precedence; not bulk classification): all buy for +1, all sell for -1, half each for an
 * unclassified opening trade.
 * <p>
 * Reads trades, and quotes for the sign; warm once n buckets are full, so {@link #warmUpCount()} counts buckets
 * (n), not trades; works on trade-only data. Bad trades and bad or crossed quotes are rejected and counted.
 * Running sum re-anchored every n buckets. O(1) per trade (a trade spanning many buckets costs at most n pushes),
 * allocation-free after construction, single-threaded.
 */
public final class Vpin extends SingleOutputMarketFeature
{
    private final double bucketVolume;
    private final int bucketCount;
    private final TradeSignRule rule = new TradeSignRule();
    private final WindowSum bucketImbalances;
    private double buyVolume;
    private double sellVolume;
    private double filledVolume;

    /**
     * @param bucketVolume volume per bucket in base units, finite and &gt; 0.
     * @param bucketCount  n, the number of buckets, 1 to 2^24.
     */
    public Vpin(final double bucketVolume, final int bucketCount)
    {
        this.bucketVolume = ArgumentChecks.requirePositive("bucket", bucketVolume);
        this.bucketCount = FeatureArguments.requireWindow("n", bucketCount);
        this.bucketImbalances = new WindowSum(bucketCount);
    }

    @Override
    public void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
        if (!EventChecks.isValidTrade(price, size))
        {
            reject();
            return;
        }
        final int sign = rule.classify(price, aggressor);
        final double buyShare = sign > 0 ? 1.0 : sign < 0 ? 0.0 : 0.5;
        double remaining = size;
        while (remaining > 0.0)
        {
            final double room = bucketVolume - filledVolume;
            if (remaining < room)
            {
                fill(remaining, buyShare);
                return;
            }
            fill(room, buyShare);
            closeBucket();
            remaining -= room;
            final double wholeBuckets = Math.floor(remaining / bucketVolume);
            if (wholeBuckets >= 1.0)
            {
                final double imbalance = Math.abs(2.0 * buyShare - 1.0) * bucketVolume;
                final long pushes = (long)Math.min(wholeBuckets, bucketCount);
                for (long i = 0; i < pushes; i++)
                {
                    bucketImbalances.push(imbalance);
                }
                remaining -= wholeBuckets * bucketVolume;
            }
        }
    }

    private void fill(final double volume, final double buyShare)
    {
        buyVolume += buyShare * volume;
        sellVolume += (1.0 - buyShare) * volume;
        filledVolume += volume;
    }

    private void closeBucket()
    {
        bucketImbalances.push(Math.abs(buyVolume - sellVolume));
        buyVolume = 0.0;
        sellVolume = 0.0;
        filledVolume = 0.0;
    }

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!rule.onQuote(bidPrice, bidSize, askPrice, askSize))
        {
            reject();
        }
    }

    @Override
    public double value(final int output)
    {
        return bucketImbalances.isFull() ? bucketImbalances.sum() / (bucketCount * bucketVolume) : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return bucketImbalances.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return bucketCount;
    }

    @Override
    void clear()
    {
        rule.reset();
        bucketImbalances.reset();
        buyVolume = 0.0;
        sellVolume = 0.0;
        filledVolume = 0.0;
    }
}
