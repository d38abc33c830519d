package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.Decimal64Decoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.wire.FixedPoint;
import io.ticksignal.codecs.wire.MessageValidator;
import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.DirectBuffer;

/**
 * Stage 1: decode and validate the slot's input bytes; the first failing check gives the reject reason.
 * <ol>
 *     <li>A frame longer than {@link EngineEvent#INPUT_CAPACITY}: {@code MALFORMED}.</li>
 *     <li>{@link MessageValidator} frame checks: {@code TRUNCATED}, {@code UNKNOWN_SCHEMA},
 *     {@code UNSUPPORTED_VERSION}, {@code UNKNOWN_TEMPLATE}, {@code MALFORMED} (bad enum, null mantissa, exponent
 *     out of range), {@code INVALID_BOOK_LEVEL} (level beyond the schema's 0..19).</li>
 *     <li>Only Trade, Quote, BookUpdate and Bar are inputs; another message of the schema (a Signal, a journal
 *     envelope, a control event) is {@code UNKNOWN_TEMPLATE}. A Bar with an interval of 0 or less is
 *     {@code MALFORMED}.</li>
 *     <li>An instrument id that is not configured: {@code UNKNOWN_INSTRUMENT}.</li>
 *     <li>Prices (via {@link FixedPoint#toDouble}) that are not finite and &gt; 0: {@code INVALID_PRICE}; also a
 *     Bar whose low is above its open or close or whose high is below them. Sizes (and a bar's volume) that are
 *     negative or not finite: {@code INVALID_SIZE} (0 is a valid trade or quote size). A book DELETE reads
 *     neither.</li>
 *     <li>A quote whose bid is above its ask, compared exactly on the fixed-point values: {@code CROSSED_QUOTE};
 *     equal: {@code LOCKED_QUOTE}.</li>
 *     <li>An event time earlier than the instrument's last accepted event time: {@code TIME_BACKWARDS}. Equal
 *     times are fine (several events in one nanosecond tick are common). The event time of a Bar is its
 *     start.</li>
 *     <li>A trade id equal to one of the instrument's last {@link RecentTradeIds#WINDOW} (1024) accepted trade
 *     ids: {@code DUPLICATE_TRADE_ID}. The null id {@code Long.MIN_VALUE} means "no id" and is never checked.</li>
 *     <li>A book update the instrument's book cannot apply (a gap, a missing level, a price out of the side's
 *     order): {@code INVALID_BOOK_LEVEL}; a size of 0 on NEW or CHANGE: {@code INVALID_SIZE}; one that would
 *     cross the book: {@code CROSSED_QUOTE}.</li>
 * </ol>
 * A rejected input changes no per-instrument state. Every input is counted as received, then as accepted or as
 * rejected by reason.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: none after construction.
 */
public final class DecodeStage
{
    private static final int NONE = RejectReason.NONE.value();
    private static final int MALFORMED = RejectReason.MALFORMED.value();
    private static final int UNKNOWN_TEMPLATE = RejectReason.UNKNOWN_TEMPLATE.value();
    private static final int UNKNOWN_INSTRUMENT = RejectReason.UNKNOWN_INSTRUMENT.value();
    private static final int INVALID_PRICE = RejectReason.INVALID_PRICE.value();
    private static final int INVALID_SIZE = RejectReason.INVALID_SIZE.value();
    private static final int CROSSED_QUOTE = RejectReason.CROSSED_QUOTE.value();
    private static final int LOCKED_QUOTE = RejectReason.LOCKED_QUOTE.value();
    private static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;

    private final MessageValidator validator = new MessageValidator();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final QuoteDecoder quote = new QuoteDecoder();
    private final BookUpdateDecoder bookUpdate = new BookUpdateDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final InstrumentIndexMap instruments;
    private final InstrumentStates states;
    private final EngineCounters counters;

    /**
     * Configuration time; allocates the per-instrument state.
     *
     * @param instruments the configured instruments.
     * @param counters    where inputs are counted.
     */
    public DecodeStage(final InstrumentIndexMap instruments, final EngineCounters counters)
    {
        this.instruments = instruments;
        this.states = new InstrumentStates(instruments.count());
        this.counters = counters;
    }

    /**
     * Decode and validate the slot's input; sets {@link EngineEvent#rejectReason()} and, as far as decoding got,
     * the decoded fields. Never throws for any input bytes. Allocation: none.
     *
     * @param event the slot, filled by {@link EngineEvent#onInput}.
     */
    public void onEvent(final EngineEvent event)
    {
        counters.onInputReceived();
        final int reason = decode(event);
        event.rejectReason = reason;
        if (NONE == reason)
        {
            counters.onInputAccepted();
        }
        else
        {
            counters.onInputRejected(reason);
        }
    }

    private int decode(final EngineEvent event)
    {
        if (event.receivedLength > EngineEvent.INPUT_CAPACITY)
        {
            return MALFORMED;
        }
        final DirectBuffer buffer = event.inputBuffer();
        final int frameResult = validator.validate(buffer, 0, event.inputLength);
        event.templateId = validator.templateId();
        if (NONE != frameResult)
        {
            return frameResult;
        }
        header.wrap(buffer, 0);
        final int blockLength = header.blockLength();
        final int version = header.version();
        switch (event.templateId)
        {
            case TradeDecoder.TEMPLATE_ID:
                return onTrade(event, trade.wrap(buffer, HEADER_LENGTH, blockLength, version));
            case QuoteDecoder.TEMPLATE_ID:
                return onQuote(event, quote.wrap(buffer, HEADER_LENGTH, blockLength, version));
            case BookUpdateDecoder.TEMPLATE_ID:
                return onBookUpdate(event, bookUpdate.wrap(buffer, HEADER_LENGTH, blockLength, version));
            case BarDecoder.TEMPLATE_ID:
                return onBar(event, bar.wrap(buffer, HEADER_LENGTH, blockLength, version));
            default:
                return UNKNOWN_TEMPLATE;
        }
    }

    private int instrument(final EngineEvent event, final long instrumentId)
    {
        event.instrumentId = instrumentId;
        event.instrumentIndex = instruments.indexOf(instrumentId);
        return event.instrumentIndex == InstrumentIndexMap.UNKNOWN ? UNKNOWN_INSTRUMENT : NONE;
    }

    private int onTrade(final EngineEvent event, final TradeDecoder trade)
    {
        event.eventTimeNs = trade.timestampNs();
        event.price = value(trade.price());
        event.size = value(trade.size());
        event.aggressor = trade.aggressorRaw();
        event.tradeId = trade.tradeId();
        int reason = instrument(event, trade.instrumentId());
        if (NONE != reason)
        {
            return reason;
        }
        if (!isPrice(event.price))
        {
            return INVALID_PRICE;
        }
        if (!isSize(event.size))
        {
            return INVALID_SIZE;
        }
        final int index = event.instrumentIndex;
        reason = states.checkTime(index, event.eventTimeNs);
        if (NONE == reason)
        {
            reason = states.checkTradeId(index, event.tradeId);
        }
        if (NONE == reason)
        {
            states.acceptTrade(index, event.eventTimeNs, event.tradeId);
        }
        return reason;
    }

    private int onQuote(final EngineEvent event, final QuoteDecoder quote)
    {
        event.eventTimeNs = quote.timestampNs();
        final Decimal64Decoder bid = quote.bidPrice();
        final long bidMantissa = bid.mantissa();
        final int bidExponent = bid.exponent();
        final Decimal64Decoder ask = quote.askPrice();
        final long askMantissa = ask.mantissa();
        final int askExponent = ask.exponent();
        event.bidPrice = FixedPoint.toDouble(bidMantissa, bidExponent);
        event.askPrice = FixedPoint.toDouble(askMantissa, askExponent);
        event.bidSize = value(quote.bidSize());
        event.askSize = value(quote.askSize());
        int reason = instrument(event, quote.instrumentId());
        if (NONE != reason)
        {
            return reason;
        }
        if (!isPrice(event.bidPrice) || !isPrice(event.askPrice))
        {
            return INVALID_PRICE;
        }
        if (!isSize(event.bidSize) || !isSize(event.askSize))
        {
            return INVALID_SIZE;
        }
        final int order = FixedPoint.compare(bidMantissa, bidExponent, askMantissa, askExponent);
        if (order > 0)
        {
            return CROSSED_QUOTE;
        }
        if (order == 0)
        {
            return LOCKED_QUOTE;
        }
        reason = states.checkTime(event.instrumentIndex, event.eventTimeNs);
        if (NONE == reason)
        {
            states.acceptQuote(event.instrumentIndex, event.eventTimeNs, event.bidPrice, event.bidSize,
                event.askPrice, event.askSize);
        }
        return reason;
    }

    private int onBookUpdate(final EngineEvent event, final BookUpdateDecoder update)
    {
        event.eventTimeNs = update.timestampNs();
        event.bookSide = update.sideRaw();
        event.bookLevel = update.level();
        event.bookAction = update.actionRaw();
        event.price = value(update.price());
        event.size = value(update.size());
        int reason = instrument(event, update.instrumentId());
        if (NONE != reason)
        {
            return reason;
        }
        final BookAction action = update.action();
        if (action != BookAction.DELETE)
        {
            if (!isPrice(event.price))
            {
                return INVALID_PRICE;
            }
            if (!isSize(event.size))
            {
                return INVALID_SIZE;
            }
        }
        final int index = event.instrumentIndex;
        reason = states.checkTime(index, event.eventTimeNs);
        if (NONE == reason)
        {
            reason = states.applyBookUpdate(index, update.side(), event.bookLevel, action, event.price, event.size);
        }
        if (NONE == reason)
        {
            states.acceptEvent(index, event.eventTimeNs);
        }
        return reason;
    }

    private int onBar(final EngineEvent event, final BarDecoder bar)
    {
        event.barStartNs = bar.startTimeNs();
        event.eventTimeNs = event.barStartNs;
        event.barIntervalNs = bar.intervalNs();
        event.open = value(bar.openPrice());
        event.high = value(bar.highPrice());
        event.low = value(bar.lowPrice());
        event.close = value(bar.closePrice());
        event.volume = value(bar.volume());
        event.tradeCount = bar.tradeCount();
        int reason = instrument(event, bar.instrumentId());
        if (NONE != reason)
        {
            return reason;
        }
        if (event.barIntervalNs <= 0)
        {
            return MALFORMED;
        }
        final double open = event.open;
        final double close = event.close;
        if (!isPrice(open) || !isPrice(event.high) || !isPrice(event.low) || !isPrice(close) ||
            event.low > open || event.low > close || event.high < open || event.high < close)
        {
            return INVALID_PRICE;
        }
        if (!isSize(event.volume))
        {
            return INVALID_SIZE;
        }
        reason = states.checkTime(event.instrumentIndex, event.eventTimeNs);
        if (NONE == reason)
        {
            states.acceptEvent(event.instrumentIndex, event.eventTimeNs);
        }
        return reason;
    }

    private static double value(final Decimal64Decoder decimal)
    {
        return FixedPoint.toDouble(decimal.mantissa(), decimal.exponent());
    }

    private static boolean isPrice(final double price)
    {
        return price > 0.0 && price < Double.POSITIVE_INFINITY;
    }

    private static boolean isSize(final double size)
    {
        return size >= 0.0 && size < Double.POSITIVE_INFINITY;
    }
}
