package io.ticksignal.replay.run;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link ReplayDriver} produces and reads, in journal order, on the replaying thread: the live
 * model's signals and, when the journal or the configuration has a shadow model, the shadow's. Buffers are
 * valid only during the call: copy what must be kept.
 */
public interface ReplayListener
{
    /**
     * A signal the replay regenerated that passes the filter.
     *
     * @param engineSequence engine sequence of its input.
     * @param buffer         holding the SBE {@code Signal}, header included.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     */
    void onReplayedSignal(long engineSequence, DirectBuffer buffer, int offset, int length);

    /**
     * A journaled {@code OUTPUT} that passes the filter.
     *
     * @param engineSequence engine sequence of its input.
     * @param buffer         holding the SBE {@code Signal}, header included.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     */
    void onJournaledSignal(long engineSequence, DirectBuffer buffer, int offset, int length);

    /**
     * A shadow (challenger) signal the replay regenerated that passes the filter ({@code model.shadow} in the
     * replay's configuration). Default: passed over, for listeners that follow the live model only.
     *
     * @param engineSequence engine sequence of its input.
     * @param buffer         holding the SBE {@code Signal}, header included.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     */
    default void onReplayedShadowSignal(long engineSequence, DirectBuffer buffer, int offset, int length)
    {
    }

    /**
     * A journaled {@code SHADOW_OUTPUT} that passes the filter. Default: passed over, for listeners that follow the
     * live model only.
     *
     * @param engineSequence engine sequence of its input.
     * @param buffer         holding the SBE {@code Signal}, header included.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     */
    default void onJournaledShadowSignal(long engineSequence, DirectBuffer buffer, int offset, int length)
    {
    }
}
