package io.ticksignal.replay.run;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link ReplayDriver} produces and reads, in journal order, on the replaying thread. Buffers are
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
}
