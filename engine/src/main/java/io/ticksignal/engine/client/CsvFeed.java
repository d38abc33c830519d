package io.ticksignal.engine.client;

import java.util.Objects;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.text.BarCsvReader;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.QuoteCsvReader;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.InstrumentConfig;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;

/**
 * The reference feed handler: plays a market-data file (trades, bars or quotes) to the engine
 * through a {@link TickPublisher}, one SBE message per row, in file order.
 * <ul>
 *     <li>Prices and sizes are read exactly at the instrument's {@code priceScale} and
 *     {@code sizeScale} and sent as {@code mantissa * 10^-scale}; a row that is not exact at that
 *     scale is malformed (the reader's {@code BadRowPolicy} decides).</li>
 *     <li>Trade files carry no trade id and no side: trades get sequential ids 1, 2, 3, ... per
 *     file and aggressor {@code UNKNOWN}. Bar files carry no interval and no trade count: the
 *     interval is given (see {@link #smallestGapNs}) and the trade count is 0.</li>
 *     <li>Back-pressure is retried through an {@link OfferRetry}; a message that cannot be sent
 *     within its bound ends the run with a {@link FeedException}. Nothing is dropped.</li>
 *     <li>Pacing: a row is sent at {@code start + (rowTime - firstRowTime) / speed} on the given
 *     clock, waiting with the given idle strategy; {@link FeedSpeed#MAX} does not wait.</li>
 * </ul>
 * <pre>{@code
 * try (MarketDataReader bars = MarketDataFormat.BARS.open(path, BadRowPolicy.FAIL))
 * {
 *     CsvFeed feed = new CsvFeed(ticks, retry, FeedSpeed.times(100), SystemNanoClock.INSTANCE,
 *         new SleepingIdleStrategy(200_000));
 *     FeedSummary summary = feed.run(bars, instrument, TimeUnit.DAYS.toNanos(1), Long.MAX_VALUE, FeedProgress.NONE);
 * }
 * }</pre>
 * Thread-safety: one thread (the publisher's). Allocation: none per row.
 */
public final class CsvFeed
{
    /** Messages between progress reports. */
    public static final int PROGRESS_INTERVAL = 1024;

    private final TickPublisher publisher;
    private final OfferRetry retry;
    private final FeedSpeed speed;
    private final NanoClock clock;
    private final IdleStrategy pacingIdleStrategy;

    private long firstEventTimeNs;
    private long startNs;
    private long messagesSent;
    private long rowsSkipped;

    /**
     * @param publisher          where messages go.
     * @param retry              how back-pressure is retried, and for how long.
     * @param speed              how fast to play.
     * @param clock              pacing and elapsed time.
     * @param pacingIdleStrategy what to do while waiting for a row's time.
     */
    public CsvFeed(
        final TickPublisher publisher,
        final OfferRetry retry,
        final FeedSpeed speed,
        final NanoClock clock,
        final IdleStrategy pacingIdleStrategy)
    {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.speed = Objects.requireNonNull(speed, "speed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacingIdleStrategy = Objects.requireNonNull(pacingIdleStrategy, "pacingIdleStrategy");
    }

    /**
     * Plays the file, or its first {@code maxMessages} rows.
     *
     * @param reader        a reader that has not read yet (its scales are set here); the caller closes it.
     * @param instrument    the instrument the rows belong to: id and scales.
     * @param barIntervalNs the bar length for a bar file, ns (ignored for trades and quotes).
     * @param maxMessages   the most rows to send ({@link Long#MAX_VALUE} for the whole file).
     * @param progress      told how far the run has got.
     * @return what was sent.
     * @throws FeedException if a message could not be sent within the retry bound.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException on a malformed row under {@code BadRowPolicy.FAIL}.
     */
    public FeedSummary run(
        final MarketDataReader reader,
        final InstrumentConfig instrument,
        final long barIntervalNs,
        final long maxMessages,
        final FeedProgress progress)
    {
        return run(reader, instrument, barIntervalNs, 0, maxMessages, progress);
    }

    /**
     * Plays the file from row {@code skipRows + 1}, or {@code maxMessages} rows from there: the way to continue a
     * feed that stopped after {@code maxMessages} rows. Skipped rows are read, not sent, and rows keep their trade
     * ids (row {@code n} of the file is trade {@code n}), so the two parts make the same stream as one feed.
     *
     * @param reader        a reader that has not read yet (its scales are set here); the caller closes it.
     * @param instrument    the instrument the rows belong to: id and scales.
     * @param barIntervalNs the bar length for a bar file, ns (ignored for trades and quotes).
     * @param skipRows      rows to pass over first, at least 0.
     * @param maxMessages   the most rows to send ({@link Long#MAX_VALUE} for the rest of the file).
     * @param progress      told how far the run has got.
     * @return what was sent.
     * @throws FeedException if a message could not be sent within the retry bound.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException on a malformed row under {@code BadRowPolicy.FAIL}.
     */
    public FeedSummary run(
        final MarketDataReader reader,
        final InstrumentConfig instrument,
        final long barIntervalNs,
        final long skipRows,
        final long maxMessages,
        final FeedProgress progress)
    {
        scale(reader, instrument);
        rowsSkipped = 0;
        while (rowsSkipped < skipRows && reader.next())
        {
            rowsSkipped++;
        }
        messagesSent = 0;
        firstEventTimeNs = 0;
        startNs = clock.nanoTime();
        final long retriesBefore = retry.retries();
        final long backPressuredBefore = publisher.backPressuredCount();
        long lastEventTimeNs = 0;

        while (messagesSent < maxMessages && reader.next())
        {
            final long eventTimeNs = reader.timestampNs();
            pace(eventTimeNs);
            lastEventTimeNs = eventTimeNs;
            send(reader, instrument, barIntervalNs);
            if (0 == messagesSent % PROGRESS_INTERVAL)
            {
                progress.onProgress(messagesSent, retry.retries() - retriesBefore);
            }
        }

        progress.onProgress(messagesSent, retry.retries() - retriesBefore);
        return new FeedSummary(
            messagesSent,
            retry.retries() - retriesBefore,
            publisher.backPressuredCount() - backPressuredBefore,
            clock.nanoTime() - startNs,
            firstEventTimeNs,
            lastEventTimeNs);
    }

    /**
     * The smallest positive gap between consecutive row times: a bar file's own interval (daily bars
     * with weekends give one day). Reads the reader to its end.
     *
     * @param reader a reader that has not read yet; the caller closes it.
     * @return the smallest positive gap in ns, or 0 when there are fewer than two distinct times.
     */
    public static long smallestGapNs(final MarketDataReader reader)
    {
        long smallest = Long.MAX_VALUE;
        long previous = 0;
        boolean first = true;
        while (reader.next())
        {
            final long time = reader.timestampNs();
            if (!first && time > previous)
            {
                smallest = Math.min(smallest, time - previous);
            }
            previous = time;
            first = false;
        }
        return Long.MAX_VALUE == smallest ? 0 : smallest;
    }

    private static void scale(final MarketDataReader reader, final InstrumentConfig instrument)
    {
        if (reader instanceof TradeCsvReader)
        {
            ((TradeCsvReader)reader).priceScale(instrument.priceScale()).amountScale(instrument.sizeScale());
        }
        else if (reader instanceof BarCsvReader)
        {
            ((BarCsvReader)reader).priceScale(instrument.priceScale()).volumeScale(instrument.sizeScale());
        }
        else if (reader instanceof QuoteCsvReader)
        {
            ((QuoteCsvReader)reader).priceScale(instrument.priceScale()).sizeScale(instrument.sizeScale());
        }
        else
        {
            throw new IllegalArgumentException("no feed for readers of type " + reader.getClass().getName());
        }
    }

    private void pace(final long eventTimeNs)
    {
        if (0 == messagesSent)
        {
            firstEventTimeNs = eventTimeNs;
            startNs = clock.nanoTime();
        }
        if (FeedPacing.UNPACED == speed.pacing())
        {
            return;
        }

        final long dueNs = startNs + (long)((eventTimeNs - firstEventTimeNs) / speed.factor());
        pacingIdleStrategy.reset();
        while (clock.nanoTime() - dueNs < 0)
        {
            pacingIdleStrategy.idle();
        }
    }

    private void send(final MarketDataReader reader, final InstrumentConfig instrument, final long barIntervalNs)
    {
        final long result;
        if (reader instanceof TradeCsvReader)
        {
            result = sendTrade((TradeCsvReader)reader, instrument);
        }
        else if (reader instanceof BarCsvReader)
        {
            result = sendBar((BarCsvReader)reader, instrument, barIntervalNs);
        }
        else
        {
            result = sendQuote((QuoteCsvReader)reader, instrument);
        }

        final long outcome = retry.complete(publisher, result);
        if (outcome < 0)
        {
            throw new FeedException("could not publish row " + reader.lineNumber() + " of " + reader.fileName() +
                " after " + messagesSent + " messages: " + OfferResult.describe(outcome) +
                (OfferResult.NOT_CONNECTED == outcome ? " (the subscriber went away)" :
                OfferResult.BACK_PRESSURED == outcome ? " (the subscriber stopped consuming)" : ""), messagesSent);
        }
        messagesSent++;
    }

    private long sendTrade(final TradeCsvReader trades, final InstrumentConfig instrument)
    {
        return publisher.offerTrade(
            instrument.id(),
            trades.timestampNs(),
            trades.priceScaled(),
            -instrument.priceScale(),
            trades.amountScaled(),
            -instrument.sizeScale(),
            AggressorSide.UNKNOWN,
            rowsSkipped + messagesSent + 1);
    }

    private long sendBar(final BarCsvReader bars, final InstrumentConfig instrument, final long barIntervalNs)
    {
        return publisher.offerBar(
            instrument.id(),
            bars.timestampNs(),
            barIntervalNs,
            bars.openPriceScaled(),
            bars.highPriceScaled(),
            bars.lowPriceScaled(),
            bars.closePriceScaled(),
            -instrument.priceScale(),
            bars.volumeScaled(),
            -instrument.sizeScale(),
            0);
    }

    private long sendQuote(final QuoteCsvReader quotes, final InstrumentConfig instrument)
    {
        return publisher.offerQuote(
            instrument.id(),
            quotes.timestampNs(),
            quotes.bidScaled(),
            -instrument.priceScale(),
            quotes.bidSizeScaled(),
            -instrument.sizeScale(),
            quotes.askScaled(),
            -instrument.priceScale(),
            quotes.askSizeScaled(),
            -instrument.sizeScale());
    }
}
