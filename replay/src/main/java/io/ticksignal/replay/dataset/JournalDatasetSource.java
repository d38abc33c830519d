package io.ticksignal.replay.dataset;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.Decimal64Decoder;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.wire.FixedPoint;
import io.ticksignal.engine.feature.offline.ProgressListener;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.journal.PayloadDispatcher;
import io.ticksignal.replay.run.ReplayFilter;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;

import java.util.function.LongFunction;

/**
 * A journal as a dataset's input: its {@code INPUT} records (the inputs the engine accepted: trades, quotes, book
 * updates, bars) in journal order, which is engine-sequence order, decoded as the engine's decode stage decodes
 * them (fixed point to the nearest double, trades with their aggressor side) and handed to the builder per
 * instrument. {@code REJECTED_INPUT} records are counted, not used; corrupt documents are counted and passed over;
 * outputs and control records are ignored. Single-threaded; allocates nothing per record beyond what the builder
 * keeps (and once per new instrument).
 */
public final class JournalDatasetSource implements JournalRecordListener, PayloadDispatcher.Handler
{
    private static final long NO_INDEX = -1L;

    private final PayloadDispatcher payloads = new PayloadDispatcher();
    private final DatasetBuilder builder;
    private final ReplayFilter filter;
    private final LongFunction<String> symbols;
    private final ProgressListener progress;
    private final Long2LongHashMap indexById = new Long2LongHashMap(NO_INDEX);
    private long documents;
    private long eventsRead;
    private long outsideTimeRange;
    private long otherInstruments;
    private long rejectedByEngine;
    private long corruptRecords;

    /**
     * @param builder  where events go.
     * @param filter   the event times and instrument to use.
     * @param symbols  the symbol of an instrument id, written in the rows (e.g. from the engine's configuration).
     * @param progress told every {@link ProgressListener#INTERVAL} documents.
     */
    public JournalDatasetSource(
        final DatasetBuilder builder, final ReplayFilter filter, final LongFunction<String> symbols,
        final ProgressListener progress)
    {
        this.builder = builder;
        this.filter = filter;
        this.symbols = symbols;
        this.progress = progress;
    }

    /**
     * Read the journal from its start to its end as it is now.
     *
     * @param reader an open reader.
     * @return what was read.
     */
    public InputSummary readAll(final JournalReader reader)
    {
        reader.toStart();
        reader.readAll(this);
        return summary();
    }

    /**
     * @return what was read so far.
     */
    public InputSummary summary()
    {
        return new InputSummary(eventsRead, outsideTimeRange, otherInstruments, rejectedByEngine, corruptRecords);
    }

    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        tick();
        if (EventKind.REJECTED_INPUT == kind)
        {
            rejectedByEngine++;
            return;
        }
        if (EventKind.INPUT != kind)
        {
            return;
        }
        payloads.dispatch(payload, offset, this);
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        tick();
        corruptRecords++;
    }

    private void tick()
    {
        documents++;
        if ((documents & (ProgressListener.INTERVAL - 1)) == 0)
        {
            progress.onProgress(documents);
        }
    }

    @Override
    public void onTrade(final TradeDecoder trade)
    {
        final int instrument = instrument(trade.instrumentId(), trade.timestampNs());
        if (instrument >= 0)
        {
            builder.onTrade(instrument, trade.timestampNs(), value(trade.price()), value(trade.size()),
                trade.aggressorRaw());
        }
    }

    @Override
    public void onQuote(final QuoteDecoder quote)
    {
        final int instrument = instrument(quote.instrumentId(), quote.timestampNs());
        if (instrument >= 0)
        {
            builder.onQuote(instrument, quote.timestampNs(), value(quote.bidPrice()), value(quote.bidSize()),
                value(quote.askPrice()), value(quote.askSize()));
        }
    }

    @Override
    public void onBookUpdate(final BookUpdateDecoder update)
    {
        final int instrument = instrument(update.instrumentId(), update.timestampNs());
        if (instrument >= 0)
        {
            builder.onBookUpdate(instrument, update.timestampNs(), update.side(), update.level(), update.action(),
                value(update.price()), value(update.size()));
        }
    }

    @Override
    public void onBar(final BarDecoder bar)
    {
        final int instrument = instrument(bar.instrumentId(), bar.startTimeNs());
        if (instrument >= 0)
        {
            builder.onBar(instrument, bar.startTimeNs(), bar.intervalNs(), value(bar.openPrice()),
                value(bar.highPrice()), value(bar.lowPrice()), value(bar.closePrice()), value(bar.volume()));
        }
    }

    /**
     * @return the builder's index of the instrument, or -1 when the event is filtered out (and counted).
     */
    private int instrument(final long instrumentId, final long eventTimeNs)
    {
        eventsRead++;
        if (ReplayFilter.ALL_INSTRUMENTS != filter.instrumentId() && instrumentId != filter.instrumentId())
        {
            otherInstruments++;
            return -1;
        }
        if (!filter.accepts(instrumentId, eventTimeNs))
        {
            outsideTimeRange++;
            return -1;
        }
        long index = indexById.get(instrumentId);
        if (NO_INDEX == index)
        {
            index = builder.instrument(symbols.apply(instrumentId));
            indexById.put(instrumentId, index);
        }
        return (int)index;
    }

    private static double value(final Decimal64Decoder decimal)
    {
        return FixedPoint.toDouble(decimal.mantissa(), decimal.exponent());
    }
}
