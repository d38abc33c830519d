package io.ticksignal.engine.counters;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.RejectReason;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;
import org.agrona.concurrent.status.CountersReader;

/**
 * Every counter of one engine, allocated at construction from the caller's {@link CountersManager}, in this order
 * (type ids and labels are stable; a reader such as {@code ticksignal stat} may rely on them):
 * <table>
 *     <caption>Counters</caption>
 *     <tr><th>type id</th><th>label</th><th>key</th><th>counts</th></tr>
 *     <tr><td>{@value #INPUTS_RECEIVED_TYPE_ID}</td><td>{@code inputs received}</td><td>none</td>
 *         <td>frames that entered the pipeline</td></tr>
 *     <tr><td>{@value #INPUTS_ACCEPTED_TYPE_ID}</td><td>{@code inputs accepted}</td><td>none</td>
 *         <td>inputs that passed decoding and validation</td></tr>
 *     <tr><td>{@value #INPUTS_REJECTED_TYPE_ID}</td><td>{@code inputs rejected}</td><td>none</td>
 *         <td>all rejected inputs</td></tr>
 *     <tr><td>{@value #REJECTED_BY_REASON_TYPE_ID}</td><td>{@code rejected: <REASON>}</td>
 *         <td>int32 RejectReason value</td><td>one counter per reason other than NONE, in value order</td></tr>
 *     <tr><td>{@value #SIGNALS_TYPE_ID}</td><td>{@code signals: <DIRECTION>}</td><td>int32 Direction value</td>
 *         <td>signals emitted, one counter per direction (HOLD, BUY, SELL)</td></tr>
 *     <tr><td>{@value #JOURNAL_DOCUMENTS_TYPE_ID}</td><td>{@code journal documents}</td><td>none</td>
 *         <td>documents handed to the journal sink</td></tr>
 *     <tr><td>{@value #JOURNAL_BYTES_TYPE_ID}</td><td>{@code journal payload bytes}</td><td>none</td>
 *         <td>message bytes handed to the journal sink (the envelope not included)</td></tr>
 *     <tr><td>{@value #PUBLISH_BACK_PRESSURED_TYPE_ID}</td><td>{@code publish back-pressured}</td><td>none</td>
 *         <td>signal publication attempts refused by back-pressure (runtime)</td></tr>
 *     <tr><td>{@value #PUBLISH_NOT_CONNECTED_TYPE_ID}</td><td>{@code publish not connected}</td><td>none</td>
 *         <td>signal publication attempts without a subscriber (runtime)</td></tr>
 *     <tr><td>{@value #RING_FILL_TYPE_ID}</td><td>{@code ring fill}</td><td>none</td>
 *         <td>a gauge: slots claimed but not yet processed (runtime)</td></tr>
 *     <tr><td>{@value #SHADOW_SIGNALS_TYPE_ID}</td><td>{@code shadow signals}</td><td>none</td>
 *         <td>signals of the shadow (challenger) model, journaled as SHADOW_OUTPUT and never published</td></tr>
 * </table>
 * Every label starts with {@value #LABEL_PREFIX}.
 * <p>
 * Thread-safety: each counter has one writer (the pipeline thread, or the runtime's ingress/egress thread for the
 * runtime counters), written with release semantics so other threads and processes read consistent values.
 * Allocation: at construction only; the {@code on*} methods allocate nothing.
 */
public final class EngineCounters implements AutoCloseable
{
    /** Type id of {@code inputs received}. */
    public static final int INPUTS_RECEIVED_TYPE_ID = 7001;
    /** Type id of {@code inputs accepted}. */
    public static final int INPUTS_ACCEPTED_TYPE_ID = 7002;
    /** Type id of {@code inputs rejected} (all reasons). */
    public static final int INPUTS_REJECTED_TYPE_ID = 7003;
    /** Type id of the per-reason rejection counters; the key is the RejectReason value as an int32. */
    public static final int REJECTED_BY_REASON_TYPE_ID = 7004;
    /** Type id of the per-direction signal counters; the key is the Direction value as an int32. */
    public static final int SIGNALS_TYPE_ID = 7005;
    /** Type id of {@code journal documents}. */
    public static final int JOURNAL_DOCUMENTS_TYPE_ID = 7006;
    /** Type id of {@code journal payload bytes}. */
    public static final int JOURNAL_BYTES_TYPE_ID = 7007;
    /** Type id of {@code publish back-pressured}. */
    public static final int PUBLISH_BACK_PRESSURED_TYPE_ID = 7008;
    /** Type id of {@code publish not connected}. */
    public static final int PUBLISH_NOT_CONNECTED_TYPE_ID = 7009;
    /** Type id of the {@code ring fill} gauge. */
    public static final int RING_FILL_TYPE_ID = 7010;
    /** Type id of {@code shadow signals} (7011-7014 are the runtime's own counters). */
    public static final int SHADOW_SIGNALS_TYPE_ID = 7020;

    /** The prefix of every label. */
    public static final String LABEL_PREFIX = "ticksignal: ";

    private static final RejectReason[] REASONS = RejectReason.values();
    private static final Direction[] DIRECTIONS = { Direction.HOLD, Direction.BUY, Direction.SELL };

    /** Number of counters an instance allocates. */
    public static final int COUNTER_COUNT = 3 + (RejectReason.INVALID_BOOK_LEVEL.value()) + 3 + 6;

    private final AtomicCounter inputsReceived;
    private final AtomicCounter inputsAccepted;
    private final AtomicCounter inputsRejected;
    private final AtomicCounter[] rejectedByReason;
    private final AtomicCounter[] signalsByDirection;
    private final AtomicCounter journalDocuments;
    private final AtomicCounter journalBytes;
    private final AtomicCounter publishBackPressured;
    private final AtomicCounter publishNotConnected;
    private final AtomicCounter ringFill;
    private final AtomicCounter shadowSignals;

    /**
     * Allocates all {@link #COUNTER_COUNT} counters. Configuration time; allocates.
     *
     * @param countersManager where to allocate them; needs room for {@link #COUNTER_COUNT} more counters (see
     *                        {@link #valuesBufferLength()} and {@link #metadataBufferLength()}).
     * @throws IllegalStateException when the manager has no room left (Agrona's message).
     */
    public EngineCounters(final CountersManager countersManager)
    {
        inputsReceived = countersManager.newCounter(LABEL_PREFIX + "inputs received", INPUTS_RECEIVED_TYPE_ID);
        inputsAccepted = countersManager.newCounter(LABEL_PREFIX + "inputs accepted", INPUTS_ACCEPTED_TYPE_ID);
        inputsRejected = countersManager.newCounter(LABEL_PREFIX + "inputs rejected", INPUTS_REJECTED_TYPE_ID);
        int maxReason = 0;
        for (final RejectReason reason : REASONS)
        {
            if (reason != RejectReason.NULL_VAL)
            {
                maxReason = Math.max(maxReason, reason.value());
            }
        }
        rejectedByReason = new AtomicCounter[maxReason + 1];
        for (final RejectReason reason : REASONS)
        {
            if (reason != RejectReason.NULL_VAL && reason != RejectReason.NONE)
            {
                rejectedByReason[reason.value()] = countersManager.newCounter(
                    LABEL_PREFIX + "rejected: " + reason.name(), REJECTED_BY_REASON_TYPE_ID,
                    (key) -> putKey(key, reason.value()));
            }
        }
        signalsByDirection = new AtomicCounter[DIRECTIONS.length];
        for (final Direction direction : DIRECTIONS)
        {
            signalsByDirection[direction.value()] = countersManager.newCounter(
                LABEL_PREFIX + "signals: " + direction.name(), SIGNALS_TYPE_ID,
                (key) -> putKey(key, direction.value()));
        }
        journalDocuments = countersManager.newCounter(LABEL_PREFIX + "journal documents", JOURNAL_DOCUMENTS_TYPE_ID);
        journalBytes = countersManager.newCounter(LABEL_PREFIX + "journal payload bytes", JOURNAL_BYTES_TYPE_ID);
        publishBackPressured =
            countersManager.newCounter(LABEL_PREFIX + "publish back-pressured", PUBLISH_BACK_PRESSURED_TYPE_ID);
        publishNotConnected =
            countersManager.newCounter(LABEL_PREFIX + "publish not connected", PUBLISH_NOT_CONNECTED_TYPE_ID);
        ringFill = countersManager.newCounter(LABEL_PREFIX + "ring fill", RING_FILL_TYPE_ID);
        shadowSignals = countersManager.newCounter(LABEL_PREFIX + "shadow signals", SHADOW_SIGNALS_TYPE_ID);
    }

    private static void putKey(final MutableDirectBuffer key, final int code)
    {
        key.putInt(0, code);
    }

    /**
     * @return bytes of counter values a manager needs for one instance: {@link #COUNTER_COUNT} times
     * {@link CountersReader#COUNTER_LENGTH}.
     */
    public static int valuesBufferLength()
    {
        return COUNTER_COUNT * CountersReader.COUNTER_LENGTH;
    }

    /**
     * @return bytes of counter metadata a manager needs for one instance: {@link #COUNTER_COUNT} times
     * {@link CountersReader#METADATA_LENGTH}.
     */
    public static int metadataBufferLength()
    {
        return COUNTER_COUNT * CountersReader.METADATA_LENGTH;
    }

    /**
     * One frame entered the pipeline. Pipeline thread; no allocation.
     */
    public void onInputReceived()
    {
        inputsReceived.incrementRelease();
    }

    /**
     * One input was accepted. Pipeline thread; no allocation.
     */
    public void onInputAccepted()
    {
        inputsAccepted.incrementRelease();
    }

    /**
     * One input was rejected. Pipeline thread; no allocation.
     *
     * @param rejectReason the {@code RejectReason} value, not NONE; an unknown value counts in the total only.
     */
    public void onInputRejected(final int rejectReason)
    {
        inputsRejected.incrementRelease();
        if (rejectReason > 0 && rejectReason < rejectedByReason.length)
        {
            rejectedByReason[rejectReason].incrementRelease();
        }
    }

    /**
     * One signal was emitted. Pipeline thread; no allocation.
     *
     * @param direction the {@code Direction} value (HOLD 0, BUY 1, SELL 2).
     */
    public void onSignal(final int direction)
    {
        signalsByDirection[direction].incrementRelease();
    }

    /**
     * One signal of the shadow model was emitted (journaled, not published). Pipeline thread; no allocation.
     */
    public void onShadowSignal()
    {
        shadowSignals.incrementRelease();
    }

    /**
     * One document was handed to the journal sink. Pipeline thread; no allocation.
     *
     * @param payloadLength the message bytes in it.
     */
    public void onJournalDocument(final int payloadLength)
    {
        journalDocuments.incrementRelease();
        journalBytes.getAndAddRelease(payloadLength);
    }

    /**
     * A signal publication attempt met back-pressure. Runtime egress thread; no allocation.
     */
    public void onPublishBackPressured()
    {
        publishBackPressured.incrementRelease();
    }

    /**
     * A signal publication attempt found no subscriber. Runtime egress thread; no allocation.
     */
    public void onPublishNotConnected()
    {
        publishNotConnected.incrementRelease();
    }

    /**
     * Set the ring fill gauge. Runtime thread that owns the ring's view; no allocation.
     *
     * @param slotsInUse slots claimed and not yet processed.
     */
    public void ringFill(final long slotsInUse)
    {
        ringFill.setRelease(slotsInUse);
    }

    /**
     * @return the {@code inputs received} counter.
     */
    public AtomicCounter inputsReceived()
    {
        return inputsReceived;
    }

    /**
     * @return the {@code inputs accepted} counter.
     */
    public AtomicCounter inputsAccepted()
    {
        return inputsAccepted;
    }

    /**
     * @return the {@code inputs rejected} counter (all reasons).
     */
    public AtomicCounter inputsRejected()
    {
        return inputsRejected;
    }

    /**
     * @param rejectReason a {@code RejectReason} value other than NONE.
     * @return its counter.
     */
    public AtomicCounter rejected(final int rejectReason)
    {
        return rejectedByReason[rejectReason];
    }

    /**
     * @param direction a {@code Direction} value.
     * @return the counter of signals emitted with it.
     */
    public AtomicCounter signals(final int direction)
    {
        return signalsByDirection[direction];
    }

    /**
     * @return the {@code journal documents} counter.
     */
    public AtomicCounter journalDocuments()
    {
        return journalDocuments;
    }

    /**
     * @return the {@code journal payload bytes} counter.
     */
    public AtomicCounter journalBytes()
    {
        return journalBytes;
    }

    /**
     * @return the {@code publish back-pressured} counter.
     */
    public AtomicCounter publishBackPressured()
    {
        return publishBackPressured;
    }

    /**
     * @return the {@code publish not connected} counter.
     */
    public AtomicCounter publishNotConnected()
    {
        return publishNotConnected;
    }

    /**
     * @return the {@code ring fill} gauge.
     */
    public AtomicCounter ringFill()
    {
        return ringFill;
    }

    /**
     * @return the {@code shadow signals} counter.
     */
    public AtomicCounter shadowSignals()
    {
        return shadowSignals;
    }

    /**
     * Free every counter in the manager. Configuration time.
     */
    @Override
    public void close()
    {
        inputsReceived.close();
        inputsAccepted.close();
        inputsRejected.close();
        for (final AtomicCounter counter : rejectedByReason)
        {
            if (counter != null)
            {
                counter.close();
            }
        }
        for (final AtomicCounter counter : signalsByDirection)
        {
            counter.close();
        }
        journalDocuments.close();
        journalBytes.close();
        publishBackPressured.close();
        publishNotConnected.close();
        ringFill.close();
        shadowSignals.close();
    }
}
