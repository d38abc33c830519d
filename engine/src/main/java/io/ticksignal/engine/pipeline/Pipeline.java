package io.ticksignal.engine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.config.ModelKind;
import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.config.RuleConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleException;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.model.registry.RegistryException;
import io.ticksignal.engine.monitor.DriftMonitor;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;

/**
 * The stages in order: {@link DecodeStage} → {@link JournalInputStage} (left out in {@link PipelineMode#REPLAY})
 * → {@link FeatureStage} → {@link DecisionStage} → {@link SignalStage} → {@link ShadowDecisionPath} (only with
 * {@code model.shadow}: the challenger, journaled, never published), then the {@link DriftMonitor} (after the
 * signals are out). The live engine runs the stages from a
 * Disruptor handler over pre-allocated {@link EngineEvent} slots ({@link #process(EngineEvent)}); replay, recovery,
 * tests and benchmarks call {@link #onInput} in a loop. Same code, two drivers.
 * <p>
 * For a given configuration and sequence of inputs (bytes, engine sequences, receive times) the slots' decisions
 * and the Signal bytes are the same on every run, except each Signal's {@code ingressToDecisionNs} (see
 * {@link SignalStage}).
 * <p>
 * Single-threaded: one thread drives a pipeline. Allocation: at construction; none per input after warm-up.
 */
public final class Pipeline
{
    private final PipelineMode mode;
    private final DecodeStage decode;
    private final JournalInputStage journalInput;
    private final FeatureStage features;
    private final DecisionStage decision;
    private final SignalStage signal;
    private final DriftMonitor monitor;
    private final InstrumentIndexMap instruments;
    private final ShadowDecisionPath shadow;
    private final EngineEvent directSlot = new EngineEvent();

    private Pipeline(
        final PipelineMode mode,
        final InstrumentIndexMap instruments,
        final DecodeStage decode,
        final JournalInputStage journalInput,
        final FeatureStage features,
        final DecisionStage decision,
        final SignalStage signal,
        final ShadowDecisionPath shadow,
        final DriftMonitor monitor)
    {
        this.mode = mode;
        this.shadow = shadow;
        this.instruments = instruments;
        this.decode = decode;
        this.journalInput = journalInput;
        this.features = features;
        this.decision = decision;
        this.signal = signal;
        this.monitor = monitor;
    }

    /**
     * Build the pipeline of a configuration. Configuration time; allocates.
     * <p>
     * With the built-in rule ({@code model.rule}) the rule's feature is the decision feature. With a model bundle
     * ({@code model.bundle}, or the promoted version of {@code model.registry}'s {@code model.name}) the bundle is
     * loaded and validated; its features are computed in the configured
     * features' columns, and each bundle feature the configuration does not list is added as a further column
     * (parsed by the same parser); the decision points are the updates of any bundle feature (see
     * {@link FeatureStage}) and the scorer is a {@link BundleDecisionScorer}.
     *
     * @param config   the validated configuration.
     * @param mode     LIVE journals inputs and signals; REPLAY journals nothing.
     * @param journal  the journal ({@link DiscardingJournalSink#INSTANCE} when there is none).
     * @param signals  where signals go ({@link SignalSink#NONE} to publish nothing, e.g. in recovery).
     * @param counters the engine's counters.
     * @param clock    epoch-nanosecond clock, read once per signal for {@code ingressToDecisionNs} only.
     * @return the pipeline.
     * @throws IllegalArgumentException when the rule's feature is not among the configured features, or the bundle
     *                                  is invalid: the message names the bundle and lists every problem.
     * @throws io.ticksignal.engine.feature.catalog.FeatureExpressionException for a feature the engine does not
     *                                  know.
     */
    public static Pipeline create(
        final TicksignalConfig config,
        final PipelineMode mode,
        final JournalSink journal,
        final SignalSink signals,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        return create(config, mode, journal, signals, SignalSink.NONE, counters, clock);
    }

    /**
     * Build the pipeline of a configuration, with a sink for the shadow model's signals. Configuration time;
     * allocates.
     * <p>
     * With {@code model.shadow} the shadow bundle is loaded and validated like the live one (errors start with
     * {@code model.shadow:}), its features are added as columns when missing (before the pipeline computes
     * anything, so they are warm exactly when they would be for the live model), and a {@link ShadowDecisionPath}
     * runs after the signal stage.
     *
     * @param config        the validated configuration.
     * @param mode          LIVE journals inputs, signals and shadow signals; REPLAY journals nothing.
     * @param journal       the journal ({@link DiscardingJournalSink#INSTANCE} when there is none).
     * @param signals       where the live model's signals go.
     * @param shadowSignals where the shadow model's signals go ({@link SignalSink#NONE} in the live engine: never
     *                      published); unused without {@code model.shadow}.
     * @param counters      the engine's counters.
     * @param clock         epoch-nanosecond clock, read once per signal for {@code ingressToDecisionNs} only.
     * @return the pipeline.
     * @throws IllegalArgumentException as {@link #create(TicksignalConfig, PipelineMode, JournalSink, SignalSink,
     *                                  EngineCounters, EpochNanoClock)}, and for an invalid shadow bundle.
     */
    public static Pipeline create(
        final TicksignalConfig config,
        final PipelineMode mode,
        final JournalSink journal,
        final SignalSink signals,
        final SignalSink shadowSignals,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        final InstrumentIndexMap instruments = new InstrumentIndexMap(config.instruments());
        final List<ParsedFeature> parsed = new ArrayList<>(FeatureStage.parse(config.features()));
        final ModelBundle shadowBundle = config.model().shadowDirectory()
            .map(directory -> loadBundle("model.shadow", directory)).orElse(null);
        final FeatureStage features;
        final Scorer scorer;
        final DriftMonitor monitor;
        if (config.model().kind() != ModelKind.RULE)
        {
            final ModelBundle bundle = config.model().kind() == ModelKind.BUNDLE ?
                loadBundle("model.bundle", config.model().bundleDirectory().orElseThrow()) :
                loadPromoted(config.model().registry().orElseThrow());
            addMissing(parsed, bundle.features());
            addShadowFeatures(parsed, shadowBundle);
            features = new FeatureStage(instruments.count(), parsed, new int[0]);
            final BundleDecisionScorer bundleScorer = BundleDecisionScorer.open(bundle, features);
            features.decisionFeatures(bundleScorer.columnIndexes());
            scorer = bundleScorer;
            monitor = DriftMonitor.create(config.monitoring(), bundle.metadata(), features);
        }
        else
        {
            final RuleConfig rule = config.model().rule().orElseThrow();
            final int ruleFeatureIndex = config.features().indexOf(rule.feature());
            if (ruleFeatureIndex < 0)
            {
                throw new IllegalArgumentException("model.rule.feature: '" + rule.feature() +
                    "' is not among features " + config.features() + "; add it to features");
            }
            addShadowFeatures(parsed, shadowBundle);
            features = new FeatureStage(instruments.count(), parsed, ruleFeatureIndex);
            scorer = new RuleScorer(rule, features);
            monitor = DriftMonitor.inactive("the model is the built-in rule (model.rule)", config.monitoring(),
                features);
        }
        final DecisionPolicy policy = new DecisionPolicy(config.decision(), instruments.count());
        final ShadowDecisionPath shadow = null == shadowBundle ? null : openShadow(
            shadowBundle, features, config, mode, journal, shadowSignals, counters, clock);
        return new Pipeline(
            mode,
            instruments,
            new DecodeStage(instruments, counters),
            new JournalInputStage(journal, counters),
            features,
            new DecisionStage(scorer, policy),
            new SignalStage(scorer, mode, journal, signals, counters, clock),
            shadow,
            monitor);
    }

    private static ShadowDecisionPath openShadow(
        final ModelBundle bundle, final FeatureStage features, final TicksignalConfig config, final PipelineMode mode,
        final JournalSink journal, final SignalSink shadowSignals, final EngineCounters counters,
        final EpochNanoClock clock)
    {
        try
        {
            return ShadowDecisionPath.open(
                bundle, features, config.decision(), mode, journal, shadowSignals, counters, clock);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("model.shadow: " + ex.getMessage(), ex);
        }
    }

    private static ModelBundle loadBundle(final String key, final Path directory)
    {
        try
        {
            return ModelBundle.load(directory);
        }
        catch (final ModelBundleException ex)
        {
            throw new IllegalArgumentException(key + ": " + ex.getMessage(), ex);
        }
    }

    private static void addShadowFeatures(final List<ParsedFeature> parsed, final ModelBundle shadowBundle)
    {
        if (null != shadowBundle)
        {
            addMissing(parsed, shadowBundle.features());
        }
    }

    private static ModelBundle loadPromoted(final ModelRegistryConfig registry)
    {
        try
        {
            return new ModelRegistry(registry.directory()).loadPromoted(registry.name());
        }
        catch (final RegistryException ex)
        {
            throw new IllegalArgumentException("model.registry: " + ex.getMessage(), ex);
        }
    }

    private static void addMissing(final List<ParsedFeature> parsed, final List<String> bundleFeatures)
    {
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        for (final String expression : bundleFeatures)
        {
            final ParsedFeature feature = parser.parse(expression);
            final String key = FeatureStage.columnKey(feature);
            boolean present = false;
            for (final ParsedFeature existing : parsed)
            {
                present |= FeatureStage.columnKey(existing).equals(key);
            }
            if (!present)
            {
                parsed.add(feature);
            }
        }
    }

    /**
     * Put another scorer in place (a live model swap): the decision stage proposes with it, the signal stage writes
     * its model id, version and labels, the feature stage marks its decision points, and the drift monitor compares
     * with the new bundle's training histograms. The decision policy's
     * per-instrument state (current direction, hysteresis) carries over. Pipeline thread, between two inputs;
     * allocates (cold path). The caller journals the swap.
     *
     * @param scorer                 the new scorer, over this pipeline's feature stage.
     * @param decisionFeatureIndexes the feature columns whose updates are its decision points.
     * @return the scorer it replaced (for the caller to close).
     */
    public Scorer swapScorer(final Scorer scorer, final int[] decisionFeatureIndexes)
    {
        final Scorer previous = decision.scorer();
        features.decisionFeatures(decisionFeatureIndexes);
        decision.scorer(scorer);
        signal.model(scorer);
        if (scorer instanceof BundleDecisionScorer bundleScorer)
        {
            monitor.onModelSwap(bundleScorer.bundle().metadata(), monitor.lastEventTimeNs());
        }
        return previous;
    }

    /**
     * @return the scorer in use.
     */
    public Scorer scorer()
    {
        return decision.scorer();
    }

    /**
     * Run every stage on a slot already filled by {@link EngineEvent#onInput}. Allocation: none.
     *
     * @param event the slot; afterwards it holds the decode result, the decision and any signal.
     */
    public void process(final EngineEvent event)
    {
        decode.onEvent(event);
        if (mode == PipelineMode.LIVE)
        {
            journalInput.onEvent(event);
        }
        features.onEvent(event);
        decision.onEvent(event);
        signal.onEvent(event);
        if (null != shadow)
        {
            shadow.onEvent(event);
        }
        monitor.onEvent(event);
    }

    /**
     * Drive one input directly (replay, recovery, tests): copy it into the pipeline's own slot and process it.
     * Allocation: none.
     *
     * @param engineSequence engine sequence of the input (journaled value in replay).
     * @param receiveTimeNs  receive time of the input, ns since the epoch (journaled value in replay).
     * @param buffer         holding the frame.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     * @return the pipeline's slot, valid until the next call: reject reason, decision, signal bytes.
     */
    public EngineEvent onInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer buffer, final int offset,
        final int length)
    {
        directSlot.onInput(engineSequence, receiveTimeNs, buffer, offset, length);
        process(directSlot);
        return directSlot;
    }

    /**
     * @return the mode.
     */
    public PipelineMode mode()
    {
        return mode;
    }

    /**
     * @return the instrument index map.
     */
    public InstrumentIndexMap instruments()
    {
        return instruments;
    }

    /**
     * @return stage 1.
     */
    public DecodeStage decodeStage()
    {
        return decode;
    }

    /**
     * @return stage 2 (not run in {@link PipelineMode#REPLAY}).
     */
    public JournalInputStage journalInputStage()
    {
        return journalInput;
    }

    /**
     * @return stage 3.
     */
    public FeatureStage featureStage()
    {
        return features;
    }

    /**
     * @return stages 4 and 5.
     */
    public DecisionStage decisionStage()
    {
        return decision;
    }

    /**
     * @return stage 6.
     */
    public SignalStage signalStage()
    {
        return signal;
    }

    /**
     * @return the shadow model's decision path ({@code model.shadow}), run after stage 6; null without one.
     */
    public ShadowDecisionPath shadow()
    {
        return shadow;
    }

    /**
     * @return the drift monitor (inactive unless the bundle has histograms or a label).
     */
    public DriftMonitor monitor()
    {
        return monitor;
    }
}
