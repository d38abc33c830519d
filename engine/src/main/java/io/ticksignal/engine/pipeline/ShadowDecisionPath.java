package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.model.ModelBundle;
import org.agrona.concurrent.EpochNanoClock;

/**
 * Champion/challenger: a second model bundle ({@code model.shadow}) scored beside the live one on the same feature
 * columns. It has its own {@link BundleDecisionScorer}, its own {@link DecisionPolicy} state (the same
 * {@code decision} configuration), its own decision points (the updates of its own features, marked by
 * {@link FeatureStage#isShadowDecisionPoint}) and its own slot, so it never changes the live model's decisions or
 * signals. Its signals are the same SBE {@code Signal} messages with the shadow bundle's model id and version,
 * encoded by a {@link SignalStage} in the {@link SignalRole#SHADOW} role: journaled as {@code SHADOW_OUTPUT} (in
 * {@link PipelineMode#LIVE}), counted as {@code shadow signals}, and handed only to the shadow sink, which the live
 * engine leaves at {@link SignalSink#NONE}: they are never published.
 * <p>
 * <b>Order.</b> The pipeline runs the shadow path after the live model's signal stage, so for one input the journal
 * holds {@code INPUT}, then the live {@code OUTPUT} (if any), then the {@code SHADOW_OUTPUT} (if any), and the live
 * signal is published before the shadow model is even scored.
 * <p>
 * Because it runs the very stages of the live path on the same feature values, the shadow's signals equal those a
 * separate run with the shadow bundle as the live model would make from the same inputs (latency field aside).
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none per input after warm-up.
 */
public final class ShadowDecisionPath implements AutoCloseable
{
    private final FeatureStage features;
    private final BundleDecisionScorer scorer;
    private final DecisionStage decision;
    private final SignalStage signal;
    private final EngineEvent slot = new EngineEvent();

    private ShadowDecisionPath(
        final FeatureStage features, final BundleDecisionScorer scorer, final DecisionStage decision,
        final SignalStage signal)
    {
        this.features = features;
        this.scorer = scorer;
        this.decision = decision;
        this.signal = signal;
    }

    /**
     * Open the shadow bundle's scorer over the feature stage and mark its decision features. Configuration time;
     * allocates.
     *
     * @param bundle   the loaded, validated shadow bundle; the stage computes each of its features.
     * @param features the pipeline's feature stage.
     * @param config   the decision policy (the live model's).
     * @param mode     LIVE journals the shadow signals; REPLAY does not.
     * @param journal  the journal.
     * @param sink     where shadow signals go after the journal ({@link SignalSink#NONE} in the live engine).
     * @param counters the engine's counters.
     * @param clock    epoch-nanosecond clock for {@code ingressToDecisionNs}.
     * @return the path.
     * @throws IllegalArgumentException when the stage lacks a feature of the bundle or a label has no direction.
     */
    public static ShadowDecisionPath open(
        final ModelBundle bundle,
        final FeatureStage features,
        final DecisionConfig config,
        final PipelineMode mode,
        final JournalSink journal,
        final SignalSink sink,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        final BundleDecisionScorer scorer = BundleDecisionScorer.open(bundle, features);
        features.shadowDecisionFeatures(scorer.columnIndexes());
        final DecisionStage decision = new DecisionStage(scorer,
            new DecisionPolicy(config, features.instrumentCount()));
        final SignalStage signal = new SignalStage(scorer, mode, SignalRole.SHADOW, journal, sink, counters, clock);
        return new ShadowDecisionPath(features, scorer, decision, signal);
    }

    /**
     * Decide and emit for an input the live stages have processed. Allocation: none.
     *
     * @param event the live slot after {@link FeatureStage} (and the live decision and signal stages).
     */
    public void onEvent(final EngineEvent event)
    {
        decide(event);
        emit();
    }

    /**
     * Decide without emitting (recovery rebuilds the shadow policy's state this way): the input's identity goes into
     * the shadow's own slot, which is a decision point when the input updated a shadow feature, and the shadow's
     * decision stage runs on it. Allocation: none.
     *
     * @param event the live slot after {@link FeatureStage}.
     */
    public void decide(final EngineEvent event)
    {
        final EngineEvent shadow = slot;
        shadow.engineSequence = event.engineSequence;
        shadow.receiveTimeNs = event.receiveTimeNs;
        shadow.rejectReason = event.rejectReason;
        shadow.templateId = event.templateId;
        shadow.instrumentId = event.instrumentId;
        shadow.instrumentIndex = event.instrumentIndex;
        shadow.eventTimeNs = event.eventTimeNs;
        shadow.decisionPoint = event.isAccepted() && features.isShadowDecisionPoint(event.instrumentIndex);
        shadow.signalWanted = false;
        shadow.direction = Direction.HOLD.value();
        shadow.confidence = 0.0;
        shadow.probabilityCount = 0;
        shadow.signalLength = 0;
        decision.onEvent(shadow);
    }

    /**
     * Encode, journal and hand on the last decision's signal if one is wanted (after {@link #decide}; recovery calls
     * it once to complete a shadow signal a crash cut off). Allocation: none.
     */
    public void emit()
    {
        signal.onEvent(slot);
    }

    /**
     * @return the shadow's slot: the last input's shadow decision and signal bytes; valid until the next input.
     */
    public EngineEvent slot()
    {
        return slot;
    }

    /**
     * @return the shadow bundle's scorer.
     */
    public BundleDecisionScorer scorer()
    {
        return scorer;
    }

    /**
     * @return the shadow's decision stage (its policy state is the shadow's own).
     */
    public DecisionStage decisionStage()
    {
        return decision;
    }

    /**
     * Close the shadow bundle's scorer. Cold path; idempotent.
     */
    @Override
    public void close()
    {
        scorer.close();
    }
}
