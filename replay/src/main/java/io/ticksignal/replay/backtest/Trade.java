package io.ticksignal.replay.backtest;

/**
 * One round trip: from the fill that opened a position to the fill that closed or reversed it.
 * Prices in quote currency per unit; P&amp;L and costs in quote currency.
 */
public final class Trade
{
    private final long entryTimeNs;
    private final long exitTimeNs;
    private final double quantity;
    private final double entryPrice;
    private final double exitPrice;
    private final double costs;
    private final TradeExit exit;

    Trade(
        final long entryTimeNs,
        final long exitTimeNs,
        final double quantity,
        final double entryPrice,
        final double exitPrice,
        final double costs,
        final TradeExit exit)
    {
        this.entryTimeNs = entryTimeNs;
        this.exitTimeNs = exitTimeNs;
        this.quantity = quantity;
        this.entryPrice = entryPrice;
        this.exitPrice = exitPrice;
        this.costs = costs;
        this.exit = exit;
    }

    /** @return time of the entry fill, ns since the epoch. */
    public long entryTimeNs()
    {
        return entryTimeNs;
    }

    /** @return time of the exit fill (or of the last event for END_OF_DATA), ns since the epoch. */
    public long exitTimeNs()
    {
        return exitTimeNs;
    }

    /** @return signed quantity in units: positive long, negative short. */
    public double quantity()
    {
        return quantity;
    }

    /** @return entry fill price. */
    public double entryPrice()
    {
        return entryPrice;
    }

    /** @return exit fill price. */
    public double exitPrice()
    {
        return exitPrice;
    }

    /** @return entry plus exit costs (bps and half spread). */
    public double costs()
    {
        return costs;
    }

    /** @return why the trade closed. */
    public TradeExit exit()
    {
        return exit;
    }

    /** @return P&amp;L {@code quantity * (exitPrice - entryPrice) - costs}. */
    public double pnl()
    {
        return quantity * (exitPrice - entryPrice) - costs;
    }

    @Override
    public String toString()
    {
        return "Trade{qty=" + quantity + ", entry=" + entryPrice + "@" + entryTimeNs + ", exit=" + exitPrice + "@" +
            exitTimeNs + ", costs=" + costs + ", " + exit + "}";
    }
}
