package io.ticksignal.engine.model.live;

import java.nio.file.Files;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.engine.pipeline.BundleDecisionScorer;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.Scorer;
import org.agrona.DirectBuffer;

/**
 * Applies the {@code MODEL_SWAP} control events of a journal to a pipeline that replays it (recovery, or a replay
 * in {@code REPLAY} mode), at the position they have in the journal, so each input is scored by the model that
 * scored it live. The bundle named in the event is loaded again and must be unchanged: the sha256 of its
 * {@code model.yaml} must be the journaled one.
 * <p>
 * Thread: the replaying thread, which drives the pipeline. Allocation: only when a swap is applied.
 */
public final class JournalModelSwaps
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final ControlEventDecoder control = new ControlEventDecoder();
    private final Pipeline pipeline;
    private final ModelSwapPreparer preparer;
    private long swapsApplied;

    /**
     * @param pipeline the replaying pipeline.
     */
    public JournalModelSwaps(final Pipeline pipeline)
    {
        this.pipeline = pipeline;
        this.preparer = new ModelSwapPreparer(pipeline.featureStage());
    }

    /**
     * Apply a control record if it is a model swap.
     *
     * @param index   the Chronicle index of the record (for messages).
     * @param payload the record's {@code ControlEvent}, header included.
     * @param offset  where it starts.
     * @return true when it was a model swap and has been applied.
     * @throws ModelSwapException when the bundle is missing, changed or no longer valid: the replay cannot
     *                            reproduce the live run.
     */
    public boolean onControl(final long index, final DirectBuffer payload, final int offset)
    {
        header.wrap(payload, offset);
        control.wrap(payload, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
        if (control.controlType() != ControlType.MODEL_SWAP)
        {
            return false;
        }
        final String text = control.detail();
        final ModelSwapDetail detail;
        try
        {
            detail = ModelSwapDetail.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ModelSwapException("journal index " + index + ": " + ex.getMessage(), ex);
        }
        if (!Files.isRegularFile(detail.bundle().resolve("model.yaml")))
        {
            throw new ModelSwapException("journal index " + index + " swapped to model " + detail.name() +
                " version " + detail.version() + " from bundle " + detail.bundle() + ", which is missing now; " +
                "restore that bundle directory to replay this journal", null);
        }
        final String sha256 = ModelSwapDetail.sha256OfModelYaml(detail.bundle());
        if (!sha256.equals(detail.modelYamlSha256()))
        {
            throw new ModelSwapException("journal index " + index + " swapped to bundle " + detail.bundle() +
                " with model.yaml sha256 " + detail.modelYamlSha256() + ", but it is " + sha256 + " now; restore " +
                "the bundle as it was to replay this journal", null);
        }
        final PreparedSwap swap;
        try
        {
            swap = preparer.prepare(detail.bundle());
        }
        catch (final ModelSwapException ex)
        {
            throw new ModelSwapException("journal index " + index + ": " + ex.getMessage(), ex);
        }
        final Scorer retired = pipeline.swapScorer(swap.scorer(), swap.scorer().columnIndexes());
        if (retired instanceof BundleDecisionScorer bundleScorer)
        {
            bundleScorer.close();
        }
        swapsApplied++;
        return true;
    }

    /**
     * @return swaps applied so far.
     */
    public long swapsApplied()
    {
        return swapsApplied;
    }
}
