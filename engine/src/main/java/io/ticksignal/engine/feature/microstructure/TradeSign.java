package io.ticksignal.engine.feature.microstructure;

/**
 * {@code trade_sign}: +1 buyer- or -1 seller-initiated, for the latest trade. Precedence: the feed's aggressor
 * side when BUY/SELL; else Lee–Ready's quote test (above the prevailing mid +1, below -1); else, at the mid or
 * without quotes, the tick rule (uptick +1, downtick -1, zero tick: the last non-zero tick's sign).
 * <p>
 * Reads trades and quotes (the prevailing mid is the latest valid quote's). Warm-up count 1 (with an aggressor
 * side or a quote off the mid); 2 on trade-only data, where the first trade has no tick; a trade that cannot be
 * classified yet (no aggressor, at or without a mid, and no non-zero tick so far) leaves it NaN, so a run of
 * equal opening prices delays warm-up. Bad trades and bad or crossed quotes are rejected and counted.
 * O(1), allocation-free, single-threaded.
 */
public final class TradeSign extends SingleOutputMarketFeature
{
    private final TradeSignRule rule = new TradeSignRule();
    private double value = Double.NaN;

    /**
     * Create it, not warm.
     */
    public TradeSign()
    {
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
        value = sign == 0 ? Double.NaN : sign;
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
        return value;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value);
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        rule.reset();
        value = Double.NaN;
    }
}
