package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;

/**
 * Turns a scorer's proposal into the decision, per instrument, whatever the scorer:
 * <ol>
 *     <li><b>minConfidence</b>: a BUY or SELL proposed with a confidence below it becomes HOLD;</li>
 *     <li><b>minHoldEvents</b> (hysteresis): after the direction changed at the instrument's k-th accepted event,
 *     it changes again at the j-th only when {@code j - k > minHoldEvents}: the new direction is kept for at least
 *     minHoldEvents events (of any kind, decision points or not; see {@link #onEvent(int)}); before that the
 *     current direction is decided again;</li>
 *     <li><b>emitMode</b>: {@link EmitMode#ON_CHANGE} emits when the decided direction differs from the
 *     instrument's current one (which starts as HOLD, so the first BUY or SELL is emitted and an initial run of
 *     HOLDs is not); {@link EmitMode#EVERY_DECISION} emits every decision.</li>
 *     <li><b>signalExpiryEvents</b>: a current BUY or SELL that no decision has confirmed (decided again) for more
 *     than that many accepted events of the instrument expires at the next event ({@link #expire(int)}): the
 *     direction reverts to HOLD, which counts as a change for the hysteresis, and the stage emits a HOLD with
 *     confidence 0. 0 disables expiry. Counting events, not time, keeps replay exact.</li>
 * </ol>
 * When the policy decides another direction than proposed, the confidence becomes the scorer's probability of
 * that direction ({@link Score#directionProbability}, 0 when it gives none).
 * <p>
 * Single-threaded (the pipeline thread). Allocation: per-instrument arrays at construction; none per call.
 */
public final class DecisionPolicy
{
    private static final int HOLD = Direction.HOLD.value();

    private final double minConfidence;
    private final long minHoldEvents;
    private final EmitMode emitMode;
    private final long signalExpiryEvents;
    private final long[] lastConfirmEvent;
    private final int[] currentDirection;
    private final long[] eventCount;
    private final long[] lastChangeEvent;
    private final boolean[] changed;

    /**
     * @param config          the policy.
     * @param instrumentCount number of instruments.
     */
    public DecisionPolicy(final DecisionConfig config, final int instrumentCount)
    {
        this.minConfidence = config.minConfidence();
        this.minHoldEvents = config.minHoldEvents();
        this.emitMode = config.emitMode();
        this.signalExpiryEvents = config.signalExpiryEvents();
        lastConfirmEvent = new long[instrumentCount];
        currentDirection = new int[instrumentCount];
        eventCount = new long[instrumentCount];
        lastChangeEvent = new long[instrumentCount];
        changed = new boolean[instrumentCount];
    }

    /**
     * Count one accepted event of the instrument (call before {@link #decide} for the same event).
     *
     * @param instrumentIndex dense instrument index.
     */
    public void onEvent(final int instrumentIndex)
    {
        eventCount[instrumentIndex]++;
    }

    /**
     * Decide: rewrites the score's direction and confidence to the decision.
     *
     * @param instrumentIndex dense instrument index.
     * @param score           the scorer's proposal; on return, the decision.
     * @return true when the decision is to be emitted.
     */
    public boolean decide(final int instrumentIndex, final Score score)
    {
        int direction = score.direction();
        double confidence = score.confidence();
        if (direction != HOLD && !(confidence >= minConfidence))
        {
            direction = HOLD;
            confidence = score.directionProbability(HOLD);
        }
        boolean changedNow = false;
        final int current = currentDirection[instrumentIndex];
        if (direction != current)
        {
            final long events = eventCount[instrumentIndex];
            if (changed[instrumentIndex] && events - lastChangeEvent[instrumentIndex] <= minHoldEvents)
            {
                direction = current;
                confidence = score.directionProbability(current);
            }
            else
            {
                currentDirection[instrumentIndex] = direction;
                lastChangeEvent[instrumentIndex] = events;
                changed[instrumentIndex] = true;
                changedNow = true;
            }
        }
        if (direction == currentDirection[instrumentIndex])
        {
            lastConfirmEvent[instrumentIndex] = eventCount[instrumentIndex];
        }
        score.propose(direction, confidence);
        return changedNow || emitMode == EmitMode.EVERY_DECISION;
    }

    /**
     * Expire the instrument's current BUY or SELL when no decision has confirmed it for more than
     * {@code signalExpiryEvents} events (call after {@link #onEvent} for an event that is not a decision point).
     *
     * @param instrumentIndex dense instrument index.
     * @return true when the direction just reverted to HOLD and a HOLD signal is to be emitted.
     */
    public boolean expire(final int instrumentIndex)
    {
        if (0 == signalExpiryEvents || HOLD == currentDirection[instrumentIndex])
        {
            return false;
        }
        final long events = eventCount[instrumentIndex];
        if (events - lastConfirmEvent[instrumentIndex] <= signalExpiryEvents)
        {
            return false;
        }
        currentDirection[instrumentIndex] = HOLD;
        lastChangeEvent[instrumentIndex] = events;
        lastConfirmEvent[instrumentIndex] = events;
        changed[instrumentIndex] = true;
        return true;
    }

    /**
     * @param instrumentIndex dense instrument index.
     * @return the instrument's current {@code Direction} value.
     */
    public int currentDirection(final int instrumentIndex)
    {
        return currentDirection[instrumentIndex];
    }
}
