package io.ticksignal.replay.verify;

import java.util.Optional;

/**
 * The verification of one output stream (the live model's {@code OUTPUT} records, or the shadow model's
 * {@code SHADOW_OUTPUT} records). Immutable.
 *
 * @param journaledDigest {@code OutputDigest} hex of the journaled (selected) outputs.
 * @param replayedDigest  {@code OutputDigest} hex of the regenerated (selected) outputs.
 * @param journaledCount  journaled outputs compared.
 * @param replayedCount   regenerated outputs compared.
 * @param firstMismatch   the first differing output, if any.
 */
public record OutputStreamReport(
    String journaledDigest,
    String replayedDigest,
    long journaledCount,
    long replayedCount,
    Optional<SignalMismatch> firstMismatch)
{
    /**
     * @return true when the stream has an output on either side.
     */
    public boolean isPresent()
    {
        return journaledCount > 0 || replayedCount > 0;
    }
}
