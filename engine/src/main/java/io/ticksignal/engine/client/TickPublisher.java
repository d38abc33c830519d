package io.ticksignal.engine.client;

import java.nio.ByteBuffer;

import io.aeron.Aeron;
import io.aeron.Publication;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarEncoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Publishes ticks to the engine: each {@code offer*} call encodes one SBE message into a reused
 * buffer and offers it once to an Aeron publication on the market-data stream.
 * <pre>{@code
 * try (AeronSession session = AeronSession.forClient(driverDirectory, null);
 *      TickPublisher ticks = TickPublisher.create(session.aeron(), "aeron:ipc", 1001))
 * {
 *     OfferRetry retry = new OfferRetry(
 *         IdleStrategies.newBackoff(), SystemNanoClock.INSTANCE, 1_000_000_000L, RetryMode.BACK_PRESSURE);
 *     // BTC-USD (id 0, priceScale 2, sizeScale 8): 1 234.56 USD for 0.5 BTC
 *     long result = retry.complete(ticks,
 *         ticks.offerTrade(0, timestampNs, 123_456, -2, 50_000_000, -8, AggressorSide.BUY, tradeId));
 *     if (result < 0) { ... OfferResult.describe(result) ... }
 * }
 * }</pre>
 * Prices and sizes are fixed point: {@code mantissa * 10^exponent}, exponent in [-18, 18]
 * (normally {@code -priceScale} and {@code -sizeScale} of the instrument's configuration); the
 * engine rejects a message with an exponent outside that range as malformed. Instrument ids are
 * the configured, non-negative ids; times are nanoseconds since the epoch, UTC.
 * <p>
 * Return codes: a positive stream position on success, otherwise one of {@link OfferResult}'s
 * codes ({@code NOT_CONNECTED}, {@code BACK_PRESSURED}, {@code ADMIN_ACTION}, {@code CLOSED},
 * {@code MAX_POSITION_EXCEEDED}); the message was then not sent, and {@link #offerAgain()} (or
 * {@link OfferRetry}) re-offers the same bytes without encoding again.
 * <p>
 * Thread-safety: one thread per publisher (it owns an exclusive publication and the buffer).
 * Allocation: none per message.
 */
public final class TickPublisher implements AutoCloseable
{
    private static final int BUFFER_LENGTH = 256;

    private final Publication publication;
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(BUFFER_LENGTH));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final QuoteEncoder quote = new QuoteEncoder();
    private final BookUpdateEncoder bookUpdate = new BookUpdateEncoder();
    private final BarEncoder bar = new BarEncoder();

    private int encodedLength;
    private long sentCount;
    private long backPressuredCount;
    private long notConnectedCount;
    private long adminActionCount;

    /**
     * Wraps a publication, which this publisher then owns and closes.
     *
     * @param publication on the market-data channel and stream.
     */
    public TickPublisher(final Publication publication)
    {
        this.publication = publication;
    }

    /**
     * Adds an exclusive publication (single writer, the fastest kind) and wraps it. Blocks until
     * the driver has created it; call at start-up.
     *
     * @param aeron    a connected client.
     * @param channel  the market-data channel, e.g. {@code aeron:ipc}.
     * @param streamId the market-data stream id.
     * @return the publisher; close it to close the publication.
     */
    public static TickPublisher create(final Aeron aeron, final String channel, final int streamId)
    {
        return new TickPublisher(aeron.addExclusivePublication(channel, streamId));
    }

    /**
     * Encodes a {@code Trade} and offers it once.
     *
     * @param instrumentId  configured instrument id.
     * @param timestampNs   exchange time, ns since the epoch.
     * @param priceMantissa price mantissa.
     * @param priceExponent price exponent.
     * @param sizeMantissa  size mantissa.
     * @param sizeExponent  size exponent.
     * @param aggressor     side that took liquidity; {@link AggressorSide#UNKNOWN} when not known.
     * @param tradeId       venue trade id, unique per instrument.
     * @return the new position (&gt; 0), or an {@link OfferResult} code.
     */
    public long offerTrade(
        final int instrumentId,
        final long timestampNs,
        final long priceMantissa,
        final int priceExponent,
        final long sizeMantissa,
        final int sizeExponent,
        final AggressorSide aggressor,
        final long tradeId)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(Integer.toUnsignedLong(instrumentId))
            .timestampNs(timestampNs);
        trade.price().mantissa(priceMantissa).exponent((byte)priceExponent);
        trade.size().mantissa(sizeMantissa).exponent((byte)sizeExponent);
        trade.aggressor(aggressor).tradeId(tradeId);
        encodedLength = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
        return offerAgain();
    }

    /**
     * Encodes a top-of-book {@code Quote} and offers it once.
     *
     * @param instrumentId      configured instrument id.
     * @param timestampNs       exchange time, ns since the epoch.
     * @param bidPriceMantissa  best bid price mantissa.
     * @param bidPriceExponent  best bid price exponent.
     * @param bidSizeMantissa   size at the best bid, mantissa.
     * @param bidSizeExponent   size at the best bid, exponent.
     * @param askPriceMantissa  best ask price mantissa.
     * @param askPriceExponent  best ask price exponent.
     * @param askSizeMantissa   size at the best ask, mantissa.
     * @param askSizeExponent   size at the best ask, exponent.
     * @return the new position (&gt; 0), or an {@link OfferResult} code.
     */
    public long offerQuote(
        final int instrumentId,
        final long timestampNs,
        final long bidPriceMantissa,
        final int bidPriceExponent,
        final long bidSizeMantissa,
        final int bidSizeExponent,
        final long askPriceMantissa,
        final int askPriceExponent,
        final long askSizeMantissa,
        final int askSizeExponent)
    {
        quote.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(Integer.toUnsignedLong(instrumentId))
            .timestampNs(timestampNs);
        quote.bidPrice().mantissa(bidPriceMantissa).exponent((byte)bidPriceExponent);
        quote.bidSize().mantissa(bidSizeMantissa).exponent((byte)bidSizeExponent);
        quote.askPrice().mantissa(askPriceMantissa).exponent((byte)askPriceExponent);
        quote.askSize().mantissa(askSizeMantissa).exponent((byte)askSizeExponent);
        encodedLength = MessageHeaderEncoder.ENCODED_LENGTH + quote.encodedLength();
        return offerAgain();
    }

    /**
     * Encodes a {@code BookUpdate} (one depth level, market by price) and offers it once.
     *
     * @param instrumentId  configured instrument id.
     * @param timestampNs   exchange time, ns since the epoch.
     * @param side          bid or ask.
     * @param level         depth level, 0 = best, up to 19.
     * @param action        new, change or delete.
     * @param priceMantissa level price mantissa.
     * @param priceExponent level price exponent.
     * @param sizeMantissa  level size mantissa.
     * @param sizeExponent  level size exponent.
     * @return the new position (&gt; 0), or an {@link OfferResult} code.
     */
    public long offerBookUpdate(
        final int instrumentId,
        final long timestampNs,
        final BookSide side,
        final int level,
        final BookAction action,
        final long priceMantissa,
        final int priceExponent,
        final long sizeMantissa,
        final int sizeExponent)
    {
        bookUpdate.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(Integer.toUnsignedLong(instrumentId))
            .timestampNs(timestampNs)
            .side(side)
            .level((short)level)
            .action(action);
        bookUpdate.price().mantissa(priceMantissa).exponent((byte)priceExponent);
        bookUpdate.size().mantissa(sizeMantissa).exponent((byte)sizeExponent);
        encodedLength = MessageHeaderEncoder.ENCODED_LENGTH + bookUpdate.encodedLength();
        return offerAgain();
    }

    /**
     * Encodes an OHLCV {@code Bar} over {@code [startTimeNs, startTimeNs + intervalNs)} and offers it once.
     *
     * @param instrumentId   configured instrument id.
     * @param startTimeNs    bar start, ns since the epoch.
     * @param intervalNs     bar length in ns.
     * @param openMantissa   open price mantissa.
     * @param highMantissa   high price mantissa.
     * @param lowMantissa    low price mantissa.
     * @param closeMantissa  close price mantissa.
     * @param priceExponent  exponent of the four prices.
     * @param volumeMantissa volume mantissa.
     * @param volumeExponent volume exponent.
     * @param tradeCount     trades in the bar, 0 when not known.
     * @return the new position (&gt; 0), or an {@link OfferResult} code.
     */
    public long offerBar(
        final int instrumentId,
        final long startTimeNs,
        final long intervalNs,
        final long openMantissa,
        final long highMantissa,
        final long lowMantissa,
        final long closeMantissa,
        final int priceExponent,
        final long volumeMantissa,
        final int volumeExponent,
        final long tradeCount)
    {
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(Integer.toUnsignedLong(instrumentId))
            .startTimeNs(startTimeNs)
            .intervalNs(intervalNs);
        final byte exponent = (byte)priceExponent;
        bar.openPrice().mantissa(openMantissa).exponent(exponent);
        bar.highPrice().mantissa(highMantissa).exponent(exponent);
        bar.lowPrice().mantissa(lowMantissa).exponent(exponent);
        bar.closePrice().mantissa(closeMantissa).exponent(exponent);
        bar.volume().mantissa(volumeMantissa).exponent((byte)volumeExponent);
        bar.tradeCount(tradeCount);
        encodedLength = MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
        return offerAgain();
    }

    /**
     * Offers the last encoded message again, e.g. after {@code BACK_PRESSURED}. Calling it after
     * a success sends a duplicate.
     *
     * @return the new position (&gt; 0), or an {@link OfferResult} code; {@code CLOSED} before
     * any message was encoded.
     */
    public long offerAgain()
    {
        if (0 == encodedLength)
        {
            return OfferResult.CLOSED;
        }
        final long result = publication.offer(buffer, 0, encodedLength);
        count(result);
        return result;
    }

    /**
     * Waits, polling with {@code idleStrategy}, until a subscriber is connected or the timeout
     * passes. For start-up, not the hot path.
     *
     * @param timeoutNs    how long to wait, ns.
     * @param idleStrategy what to do between checks.
     * @param clock        the clock the timeout is measured with.
     * @return whether a subscriber is connected.
     */
    public boolean awaitConnected(final long timeoutNs, final IdleStrategy idleStrategy, final NanoClock clock)
    {
        final long deadlineNs = clock.nanoTime() + timeoutNs;
        idleStrategy.reset();
        while (!publication.isConnected())
        {
            if (clock.nanoTime() - deadlineNs >= 0 || publication.isClosed())
            {
                return false;
            }
            idleStrategy.idle();
        }
        return true;
    }

    /**
     * @return whether at least one subscriber is connected.
     */
    public boolean isConnected()
    {
        return publication.isConnected();
    }

    /**
     * @return the underlying publication (for its channel, stream id, session id and position).
     */
    public Publication publication()
    {
        return publication;
    }

    /**
     * @return offers that succeeded.
     */
    public long sentCount()
    {
        return sentCount;
    }

    /**
     * @return offers (first tries and retries) that returned {@code BACK_PRESSURED}.
     */
    public long backPressuredCount()
    {
        return backPressuredCount;
    }

    /**
     * @return offers that returned {@code NOT_CONNECTED}.
     */
    public long notConnectedCount()
    {
        return notConnectedCount;
    }

    /**
     * @return offers that returned {@code ADMIN_ACTION}.
     */
    public long adminActionCount()
    {
        return adminActionCount;
    }

    /**
     * Closes the publication.
     */
    @Override
    public void close()
    {
        publication.close();
    }

    private void count(final long result)
    {
        if (result > 0)
        {
            sentCount++;
        }
        else if (Publication.BACK_PRESSURED == result)
        {
            backPressuredCount++;
        }
        else if (Publication.NOT_CONNECTED == result)
        {
            notConnectedCount++;
        }
        else if (Publication.ADMIN_ACTION == result)
        {
            adminActionCount++;
        }
    }
}
