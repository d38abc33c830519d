package io.ticksignal.replay.run;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.model.live.JournalModelSwaps;
import io.ticksignal.engine.pipeline.BundleDecisionScorer;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * Drives a {@code REPLAY}-mode pipeline from a journal on the calling thread (see the package documentation for
 * what is replayed, filters and restarts). Reads in batches of {@link #BATCH} documents; the signal stage's clock
 * is a constant 0, so no wall clock enters the outputs (their {@code ingressToDecisionNs} is 0).
 * <p>
 * Thread: one. Allocation: the pipeline at construction; none per record (a model swap loads a bundle).
 */
public final class ReplayDriver implements JournalRecordListener, AutoCloseable
{
    /**
     * Documents read per poll of the journal.
     */
    public static final int BATCH = 4096;

    /**
     * How many corrupt document indexes a result keeps.
     */
    public static final int CORRUPT_KEPT = 16;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final ControlEventDecoder control = new ControlEventDecoder();
    private final EngineCounters counters;
    private final Pipeline pipeline;
    private final JournalModelSwaps modelSwaps;
    private final ModelSwapMode swapMode;
    private final ReplayFilter filter;
    private final ReplayListener listener;
    private final List<Long> corruptIndexes = new ArrayList<>();
    private long documentsRead;
    private long inputsReplayed;
    private long rejectedReplayed;
    private long acceptanceMismatches;
    private long firstAcceptanceMismatchSequence = -1;
    private long replayedSignals;
    private long replayedSelected;
    private long journaledSelected;
    private long replayedShadowSelected;
    private long journaledShadowSelected;
    private long modelSwapsSkipped;
    private long recoveries;
    private long corruptRecords;

    /**
     * Build the pipeline of a configuration. Configuration time; allocates.
     *
     * @param config   the configuration to replay with (its model, features and decision policy).
     * @param swapMode what to do with journaled model swaps.
     * @param filter   which signals reach the listener.
     * @param listener receives the selected regenerated and journaled signals.
     * @throws IllegalArgumentException when the configuration's model cannot be built (as {@link Pipeline#create}).
     */
    public ReplayDriver(
        final TicksignalConfig config,
        final ModelSwapMode swapMode,
        final ReplayFilter filter,
        final ReplayListener listener)
    {
        this.swapMode = swapMode;
        this.filter = filter;
        this.listener = listener;
        this.counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
        final SignalSink sink = this::onReplayedSignal;
        final SignalSink shadowSink = this::onReplayedShadowSignal;
        this.pipeline = Pipeline.create(config, PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE, sink, shadowSink,
            counters, () -> 0L);
        this.modelSwaps = new JournalModelSwaps(pipeline);
    }

    /**
     * Replay the journal from the reader's position to its end as it is now.
     *
     * @param reader   the journal; left at the end.
     * @param progress told after each batch.
     * @return what was replayed.
     * @throws io.ticksignal.engine.model.live.ModelSwapException when a journaled swap cannot be applied (bundle
     *                                                            missing or changed).
     */
    public ReplayResult run(final JournalReader reader, final ReplayProgress progress)
    {
        final long startNs = System.nanoTime();
        int read;
        while ((read = reader.poll(this, BATCH)) > 0)
        {
            documentsRead += read;
            progress.onBatch(documentsRead, inputsReplayed + rejectedReplayed);
        }
        return new ReplayResult(documentsRead, inputsReplayed, rejectedReplayed, acceptanceMismatches,
            firstAcceptanceMismatchSequence, replayedSignals, replayedSelected, journaledSelected,
            replayedShadowSelected, journaledShadowSelected, modelSwaps.swapsApplied(), modelSwapsSkipped, recoveries, corruptRecords, corruptIndexes,
            System.nanoTime() - startNs);
    }

    /**
     * @return the pipeline being driven (its scorer names the model in use).
     */
    public Pipeline pipeline()
    {
        return pipeline;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        switch (kind)
        {
            case INPUT:
                inputsReplayed++;
                replayInput(engineSequence, receiveTimeNs, RejectReason.NONE.value(), payload, offset, length);
                break;
            case REJECTED_INPUT:
                rejectedReplayed++;
                replayInput(engineSequence, receiveTimeNs, rejectReason, payload, offset, length);
                break;
            case OUTPUT:
                if (selected(payload, offset))
                {
                    journaledSelected++;
                    listener.onJournaledSignal(engineSequence, payload, offset, length);
                }
                break;
            case SHADOW_OUTPUT:
                if (selected(payload, offset))
                {
                    journaledShadowSelected++;
                    listener.onJournaledShadowSignal(engineSequence, payload, offset, length);
                }
                break;
            case CONTROL:
                onControl(index, payload, offset);
                break;
            default:
                break;
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        corruptRecords++;
        if (corruptIndexes.size() < CORRUPT_KEPT)
        {
            corruptIndexes.add(index);
        }
    }

    /**
     * Closes the model's resources and the in-memory counters. Idempotent.
     */
    @Override
    public void close()
    {
        if (pipeline.scorer() instanceof BundleDecisionScorer bundleScorer)
        {
            bundleScorer.close();
        }
        if (null != pipeline.shadow())
        {
            pipeline.shadow().close();
        }
        counters.close();
    }

    private void replayInput(
        final long engineSequence,
        final long receiveTimeNs,
        final int journaledReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        final EngineEvent event = pipeline.onInput(engineSequence, receiveTimeNs, payload, offset, length);
        if (event.rejectReason() != journaledReason)
        {
            if (0 == acceptanceMismatches)
            {
                firstAcceptanceMismatchSequence = engineSequence;
            }
            acceptanceMismatches++;
        }
    }

    private void onControl(final long index, final DirectBuffer payload, final int offset)
    {
        header.wrap(payload, offset);
        control.wrap(payload, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
        final ControlType type = control.controlType();
        if (ControlType.RECOVERY_START == type)
        {
            recoveries++;
        }
        else if (ControlType.MODEL_SWAP == type)
        {
            if (ModelSwapMode.APPLY_JOURNALED == swapMode)
            {
                modelSwaps.onControl(index, payload, offset);
            }
            else
            {
                modelSwapsSkipped++;
            }
        }
    }

    private void onReplayedSignal(
        final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        replayedSignals++;
        if (selected(buffer, offset))
        {
            replayedSelected++;
            listener.onReplayedSignal(engineSequence, buffer, offset, length);
        }
    }

    private void onReplayedShadowSignal(
        final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        if (selected(buffer, offset))
        {
            replayedShadowSelected++;
            listener.onReplayedShadowSignal(engineSequence, buffer, offset, length);
        }
    }

    private boolean selected(final DirectBuffer buffer, final int offset)
    {
        signal.wrapAndApplyHeader(buffer, offset, header);
        return filter.accepts(signal.instrumentId(), signal.eventTimeNs());
    }
}
