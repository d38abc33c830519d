package io.ticksignal.engine.pipeline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.wire.MessageValidator;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One ring slot: pre-allocated once, mutable, reused for every input that passes through it. Ingress fills the
 * header part ({@link #engineSequence()}, {@link #receiveTimeNs()}) and copies the received bytes into the slot's
 * own direct buffer with {@link #onInput}; each stage then reads what the previous ones wrote and adds its part:
 * <ul>
 *     <li>{@link DecodeStage}: {@link #rejectReason()}, {@link #templateId()}, {@link #instrumentIndex()},
 *     {@link #eventTimeNs()} and the decoded fields as primitives (prices and sizes as doubles);</li>
 *     <li>{@link FeatureStage}: {@link #isDecisionPoint()};</li>
 *     <li>{@link DecisionStage}: {@link #direction()}, {@link #confidence()}, the probabilities and
 *     {@link #isSignalWanted()};</li>
 *     <li>{@link SignalStage}: the encoded SBE {@code Signal} ({@link #signalBuffer()}, {@link #signalLength()}).</li>
 * </ul>
 * <b>Oversize input.</b> The input buffer holds {@link #INPUT_CAPACITY} bytes, more than twice the longest
 * market-data message of the schema (a {@code Bar}, 81 bytes with its header). A longer frame cannot be one of ours
 * followed by a sensible amount of padding: only its first {@link #INPUT_CAPACITY} bytes are kept,
 * {@link #receivedLength()} keeps the length as received, and {@link DecodeStage} rejects it as
 * {@code MALFORMED} without looking further; the journal holds the kept (truncated) bytes.
 * <p>
 * Thread-safety: a slot is written by one stage at a time (the Disruptor's sequencing or a plain loop orders
 * them). Allocation: all buffers and arrays at construction; nothing afterwards.
 */
public final class EngineEvent
{
    /** Bytes of input a slot keeps; a longer frame is rejected {@code MALFORMED} (see the class comment). */
    public static final int INPUT_CAPACITY = 256;

    /**
     * Bytes of output a slot holds: a {@code Signal} with its header (81 bytes), its group header (4) and up to
     * {@link #MAX_PROBABILITIES} entries of 16 bytes, rounded up to a power of two.
     */
    public static final int SIGNAL_CAPACITY = 512;

    /** Most class probabilities a decision carries. */
    public static final int MAX_PROBABILITIES = 16;

    /** {@link #instrumentIndex()} before decoding and for inputs whose instrument is unknown or unread. */
    public static final int NO_INSTRUMENT = -1;

    private static final int NONE = RejectReason.NONE.value();

    private final UnsafeBuffer inputBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(INPUT_CAPACITY).order(ByteOrder.LITTLE_ENDIAN));
    private final UnsafeBuffer signalBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(SIGNAL_CAPACITY).order(ByteOrder.LITTLE_ENDIAN));
    private final double[] probabilities = new double[MAX_PROBABILITIES];

    long engineSequence;
    long receiveTimeNs;
    int inputLength;
    int receivedLength;

    int rejectReason;
    int templateId;
    long instrumentId;
    int instrumentIndex;
    long eventTimeNs;

    double price;
    double size;
    int aggressor;
    long tradeId;

    double bidPrice;
    double bidSize;
    double askPrice;
    double askSize;

    int bookSide;
    int bookLevel;
    int bookAction;

    long barStartNs;
    long barIntervalNs;
    double open;
    double high;
    double low;
    double close;
    double volume;
    long tradeCount;

    boolean decisionPoint;
    boolean signalWanted;
    int direction;
    double confidence;
    int probabilityCount;
    int signalLength;

    /**
     * A cleared slot; use as the Disruptor's event factory ({@code EngineEvent::new}).
     */
    public EngineEvent()
    {
        clear(0L, 0L);
    }

    /**
     * Start a new input in this slot: set its header fields, copy its bytes into the slot's own buffer (at most
     * {@link #INPUT_CAPACITY}) and clear everything the stages write. Called by ingress (or
     * {@link Pipeline#onInput}); the source buffer may be reused as soon as this returns.
     * <p>
     * Allocation: none.
     *
     * @param engineSequence engine sequence assigned at ingress, increasing by one per input.
     * @param receiveTimeNs  engine receive time, ns since the epoch (journaled; replay passes the journaled value).
     * @param buffer         holding the received frame.
     * @param offset         where the frame starts.
     * @param length         frame length in bytes as received; may exceed {@link #INPUT_CAPACITY}.
     */
    public void onInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer buffer, final int offset,
        final int length)
    {
        clear(engineSequence, receiveTimeNs);
        final int kept = Math.max(0, Math.min(length, INPUT_CAPACITY));
        if (kept > 0)
        {
            buffer.getBytes(offset, inputBuffer, 0, kept);
        }
        this.inputLength = kept;
        this.receivedLength = length;
    }

    private void clear(final long engineSequence, final long receiveTimeNs)
    {
        this.engineSequence = engineSequence;
        this.receiveTimeNs = receiveTimeNs;
        inputLength = 0;
        receivedLength = 0;
        rejectReason = NONE;
        templateId = MessageValidator.NO_TEMPLATE;
        instrumentId = -1L;
        instrumentIndex = NO_INSTRUMENT;
        eventTimeNs = 0L;
        price = Double.NaN;
        size = Double.NaN;
        aggressor = 0;
        tradeId = 0L;
        bidPrice = Double.NaN;
        bidSize = Double.NaN;
        askPrice = Double.NaN;
        askSize = Double.NaN;
        bookSide = 0;
        bookLevel = 0;
        bookAction = 0;
        barStartNs = 0L;
        barIntervalNs = 0L;
        open = Double.NaN;
        high = Double.NaN;
        low = Double.NaN;
        close = Double.NaN;
        volume = Double.NaN;
        tradeCount = 0L;
        decisionPoint = false;
        signalWanted = false;
        direction = Direction.HOLD.value();
        confidence = 0.0;
        probabilityCount = 0;
        signalLength = 0;
    }

    /**
     * @return engine sequence assigned at ingress.
     */
    public long engineSequence()
    {
        return engineSequence;
    }

    /**
     * @return engine receive time, ns since the epoch.
     */
    public long receiveTimeNs()
    {
        return receiveTimeNs;
    }

    /**
     * @return the slot's copy of the input bytes, starting at offset 0; valid for {@link #inputLength()} bytes.
     */
    public DirectBuffer inputBuffer()
    {
        return inputBuffer;
    }

    /**
     * @return bytes of input kept in {@link #inputBuffer()}, at most {@link #INPUT_CAPACITY}.
     */
    public int inputLength()
    {
        return inputLength;
    }

    /**
     * @return the frame length as received; above {@link #INPUT_CAPACITY} for an oversize (rejected) frame.
     */
    public int receivedLength()
    {
        return receivedLength;
    }

    /**
     * @return {@code RejectReason.NONE.value()} when accepted, otherwise the {@code RejectReason} value.
     */
    public int rejectReason()
    {
        return rejectReason;
    }

    /**
     * @return true when the decode stage accepted the input.
     */
    public boolean isAccepted()
    {
        return NONE == rejectReason;
    }

    /**
     * @return the SBE templateId, or {@link MessageValidator#NO_TEMPLATE} when the header was unreadable.
     */
    public int templateId()
    {
        return templateId;
    }

    /**
     * @return the instrument id as on the wire (uint32), or -1 before it was read.
     */
    public long instrumentId()
    {
        return instrumentId;
    }

    /**
     * @return the dense instrument index (configuration order), or {@link #NO_INSTRUMENT}.
     */
    public int instrumentIndex()
    {
        return instrumentIndex;
    }

    /**
     * @return event time, ns since the epoch: a trade's, quote's or book update's timestamp, a bar's start.
     */
    public long eventTimeNs()
    {
        return eventTimeNs;
    }

    /**
     * @return trade or book-update price; NaN for other inputs.
     */
    public double price()
    {
        return price;
    }

    /**
     * @return trade or book-update size; NaN for other inputs.
     */
    public double size()
    {
        return size;
    }

    /**
     * @return a trade's {@code AggressorSide} value (BUY 0, SELL 1, UNKNOWN 2).
     */
    public int aggressor()
    {
        return aggressor;
    }

    /**
     * @return a trade's venue trade id ({@code Long.MIN_VALUE} when the feed gives none).
     */
    public long tradeId()
    {
        return tradeId;
    }

    /**
     * @return a quote's bid price; NaN for other inputs.
     */
    public double bidPrice()
    {
        return bidPrice;
    }

    /**
     * @return a quote's bid size; NaN for other inputs.
     */
    public double bidSize()
    {
        return bidSize;
    }

    /**
     * @return a quote's ask price; NaN for other inputs.
     */
    public double askPrice()
    {
        return askPrice;
    }

    /**
     * @return a quote's ask size; NaN for other inputs.
     */
    public double askSize()
    {
        return askSize;
    }

    /**
     * @return a book update's {@code BookSide} value.
     */
    public int bookSide()
    {
        return bookSide;
    }

    /**
     * @return a book update's level, 0 = best.
     */
    public int bookLevel()
    {
        return bookLevel;
    }

    /**
     * @return a book update's {@code BookAction} value.
     */
    public int bookAction()
    {
        return bookAction;
    }

    /**
     * @return a bar's start, ns since the epoch.
     */
    public long barStartNs()
    {
        return barStartNs;
    }

    /**
     * @return a bar's interval in ns.
     */
    public long barIntervalNs()
    {
        return barIntervalNs;
    }

    /**
     * @return a bar's open; NaN for other inputs.
     */
    public double open()
    {
        return open;
    }

    /**
     * @return a bar's high; NaN for other inputs.
     */
    public double high()
    {
        return high;
    }

    /**
     * @return a bar's low; NaN for other inputs.
     */
    public double low()
    {
        return low;
    }

    /**
     * @return a bar's close; NaN for other inputs.
     */
    public double close()
    {
        return close;
    }

    /**
     * @return a bar's volume; NaN for other inputs.
     */
    public double volume()
    {
        return volume;
    }

    /**
     * @return a bar's trade count.
     */
    public long tradeCount()
    {
        return tradeCount;
    }

    /**
     * @return true when this input updated the value the decision reads (a decision is taken for it).
     */
    public boolean isDecisionPoint()
    {
        return decisionPoint;
    }

    /**
     * @return true when the decision is to be published (set by the decision stage).
     */
    public boolean isSignalWanted()
    {
        return signalWanted;
    }

    /**
     * @return the decided {@code Direction} value (HOLD 0, BUY 1, SELL 2).
     */
    public int direction()
    {
        return direction;
    }

    /**
     * @return the decision's confidence in [0, 1].
     */
    public double confidence()
    {
        return confidence;
    }

    /**
     * @return number of class probabilities of the decision, 0 when the scorer had no score (not warm).
     */
    public int probabilityCount()
    {
        return probabilityCount;
    }

    /**
     * @param index in [0, {@link #probabilityCount()}).
     * @return that class probability, in the scorer's label order.
     */
    public double probability(final int index)
    {
        return probabilities[index];
    }

    void probability(final int index, final double value)
    {
        probabilities[index] = value;
    }

    /**
     * @return true when the signal stage encoded a {@code Signal} for this input.
     */
    public boolean hasSignal()
    {
        return signalLength > 0;
    }

    /**
     * @return the slot's output buffer; the encoded {@code Signal}, header included, starts at offset 0.
     */
    public DirectBuffer signalBuffer()
    {
        return signalBuffer;
    }

    UnsafeBuffer mutableSignalBuffer()
    {
        return signalBuffer;
    }

    /**
     * @return length of the encoded {@code Signal} in bytes; 0 when none was produced.
     */
    public int signalLength()
    {
        return signalLength;
    }
}
