package io.ticksignal.engine.client;

import io.ticksignal.codecs.sbe.Direction;

/**
 * Receives the signals a {@link SignalSubscriber} polls, as primitives.
 * <pre>{@code
 * SignalListener listener = (instrumentId, eventTimeNs, direction, confidence, modelVersion,
 *     engineSequence, ingressToDecisionNs, signal) ->
 * {
 *     if (direction == Direction.BUY && confidence > 0.7)
 *     {
 *         double pUp = signal.probability(0);
 *         ...
 *     }
 * };
 * }</pre>
 * Called on the thread that polls, once per valid signal, in stream order. The
 * {@link SignalView} is a flyweight over the received bytes: valid only during the call.
 */
@FunctionalInterface
public interface SignalListener
{
    /**
     * One signal.
     *
     * @param instrumentId        configured instrument id.
     * @param eventTimeNs         event time of the input that produced it, ns since the epoch.
     * @param direction           BUY, SELL or HOLD.
     * @param confidence          0..1.
     * @param modelVersion        version of the model that scored it.
     * @param engineSequence      engine sequence of that input (unique, increasing per engine run).
     * @param ingressToDecisionNs engine receive to decision, ns on the engine's clock.
     * @param signal              the whole message: model id and class probabilities.
     */
    void onSignal(
        int instrumentId,
        long eventTimeNs,
        Direction direction,
        double confidence,
        long modelVersion,
        long engineSequence,
        long ingressToDecisionNs,
        SignalView signal);
}
