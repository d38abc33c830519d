package io.ticksignal.replay.backtest;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteEncoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Journal records decoded into the backtester: quotes as mid and half spread, trades as price, signals with the
 * UP class probability; other instruments and, for REPLAYED, journaled outputs are ignored.
 */
class JournalBacktestAdapterTest
{
    private static final long SECOND_NS = 1_000_000_000L;
    private static final int OFFSET = 8;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();

    private int quote(final long instrument, final long timeNs, final long bidCents, final long askCents)
    {
        final QuoteEncoder quote = new QuoteEncoder().wrapAndApplyHeader(buffer, OFFSET, header)
            .instrumentId(instrument).timestampNs(timeNs);
        quote.bidPrice().mantissa(bidCents).exponent((byte)-2);
        quote.bidSize().mantissa(1).exponent((byte)0);
        quote.askPrice().mantissa(askCents).exponent((byte)-2);
        quote.askSize().mantissa(1).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + quote.encodedLength();
    }

    private int trade(final long instrument, final long timeNs, final long priceCents)
    {
        final TradeEncoder trade = new TradeEncoder().wrapAndApplyHeader(buffer, OFFSET, header)
            .instrumentId(instrument).timestampNs(timeNs).tradeId(timeNs);
        trade.price().mantissa(priceCents).exponent((byte)-2);
        trade.size().mantissa(1).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    private int signal(final long instrument, final long timeNs, final Direction direction, final double pUp)
    {
        final SignalEncoder signal = new SignalEncoder().wrapAndApplyHeader(buffer, OFFSET, header)
            .instrumentId(instrument).eventTimeNs(timeNs).direction(direction).confidence(0.6);
        signal.probabilitiesCount(2).next().label("DOWN").probability(1.0 - pUp).next().label("UP").probability(pUp);
        return MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength();
    }

    private void record(final JournalBacktestAdapter adapter, final EventKind kind, final int length)
    {
        adapter.onRecord(0, 0, 0, kind, 0, buffer, OFFSET, length);
    }

    @Test
    void shouldFillAtQuoteMidPlusHalfSpreadAndReadUpProbability()
    {
        final Backtester backtester = new Backtester(new BacktestContext().initialEquity(1000.0)
            .sizingMode(SizingMode.FIXED_UNITS).size(1.0).barIntervalNs(60 * SECOND_NS));
        final JournalBacktestAdapter adapter =
            new JournalBacktestAdapter(backtester, JournalBacktestAdapter.ANY_INSTRUMENT, SignalSource.JOURNALED);

        record(adapter, EventKind.INPUT, quote(7, 0, 9_900, 10_100));        // mid 100, half spread 1
        record(adapter, EventKind.OUTPUT, signal(7, 0, Direction.BUY, 0.7));
        record(adapter, EventKind.INPUT, trade(8, SECOND_NS, 50_000));        // another instrument: ignored
        record(adapter, EventKind.INPUT, quote(7, 2 * SECOND_NS, 10_100, 10_300)); // fill 1 @ mid 102 + 1
        record(adapter, EventKind.INPUT, trade(7, 70 * SECOND_NS, 10_500));   // closes bar 0 at 102
        final BacktestResult result = backtester.finish();

        assertEquals(7, adapter.instrumentId());
        assertEquals(3, adapter.marketEvents());
        assertEquals(1, adapter.signals());
        // cash 1000 - 102 - 1 = 897; bar 0 closes at 102 -> 999, bar 1 at 105 -> 1002
        assertArrayEquals(new double[]{1000.0, 999.0, 1002.0}, result.equity(), 1e-9);
        assertEquals(1, result.signals().size());
        assertArrayEquals(new double[]{0.7}, result.signals().pUp(), 0.0);
    }

    @Test
    void shouldIgnoreJournaledOutputsWhenSignalsAreReplayed()
    {
        final Backtester backtester = new Backtester(new BacktestContext());
        final JournalBacktestAdapter adapter =
            new JournalBacktestAdapter(backtester, 7, SignalSource.REPLAYED);

        record(adapter, EventKind.INPUT, trade(7, 0, 10_000));
        record(adapter, EventKind.OUTPUT, signal(7, 0, Direction.BUY, 0.7));
        assertEquals(0, adapter.signals());
        signal(7, 0, Direction.SELL, 0.2);
        adapter.onSignalMessage(buffer, OFFSET);
        assertEquals(1, adapter.signals());
        record(adapter, EventKind.INPUT, trade(7, SECOND_NS, 10_000));
        // SELL with all the equity: -100,000 / 100 units
        assertEquals(-1000.0, backtester.finish().positions()[0], 0.0);
    }
}
