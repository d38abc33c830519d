package io.ticksignal.bench.e2e;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.engine.client.TickPublisher;

/**
 * The real Bitstamp BTC/USD trades in primitive arrays, played in a loop: message {@code n} (0-based) is row
 * {@code n % rows}, its time shifted by whole passes over the file so times never go backwards, and its trade id
 * {@code n + 1}, unique. Used by the end-to-end harness and the GC run; offering allocates nothing.
 */
public final class TradeTape
{
    private static final long PASS_GAP_NS = 1_000_000_000L;

    private final int instrumentId;
    private final int priceExponent;
    private final int sizeExponent;
    private final long[] timestampNs;
    private final long[] priceScaled;
    private final long[] sizeScaled;
    private final int rows;
    private final long passShiftNs;

    private TradeTape(final InstrumentConfig instrument, final long[] timestampNs, final long[] priceScaled,
        final long[] sizeScaled, final int rows)
    {
        this.instrumentId = instrument.id();
        this.priceExponent = -instrument.priceScale();
        this.sizeExponent = -instrument.sizeScale();
        this.timestampNs = timestampNs;
        this.priceScaled = priceScaled;
        this.sizeScaled = sizeScaled;
        this.rows = rows;
        this.passShiftNs = timestampNs[rows - 1] - timestampNs[0] + PASS_GAP_NS;
    }

    /**
     * @param instrument the configured BTC-USD instrument (its id and scales).
     * @return the whole file, read once.
     */
    public static TradeTape load(final InstrumentConfig instrument)
    {
        final int capacity = MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount();
        final long[] times = new long[capacity];
        final long[] prices = new long[capacity];
        final long[] sizes = new long[capacity];
        int rows = 0;
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            final TradeCsvReader trades = ((TradeCsvReader)reader)
                .priceScale(instrument.priceScale())
                .amountScale(instrument.sizeScale());
            while (rows < capacity && trades.next())
            {
                times[rows] = trades.timestampNs();
                prices[rows] = trades.priceScaled();
                sizes[rows] = trades.amountScaled();
                rows++;
            }
        }
        if (rows < 2)
        {
            throw new IllegalStateException("the bundled Bitstamp trades file has fewer than 2 rows");
        }
        return new TradeTape(instrument, times, prices, sizes, rows);
    }

    /**
     * Encodes message {@code n} and offers it once.
     *
     * @param publisher    the market-data publisher.
     * @param messageIndex 0-based message number over the whole run.
     * @return the publisher's result: a position, or an offer result code.
     */
    public long offer(final TickPublisher publisher, final long messageIndex)
    {
        final int row = (int)(messageIndex % rows);
        final long pass = messageIndex / rows;
        return publisher.offerTrade(
            instrumentId,
            timestampNs[row] + pass * passShiftNs,
            priceScaled[row],
            priceExponent,
            sizeScaled[row],
            sizeExponent,
            AggressorSide.UNKNOWN,
            messageIndex + 1);
    }

    /**
     * @return rows in the file.
     */
    public int rows()
    {
        return rows;
    }
}
