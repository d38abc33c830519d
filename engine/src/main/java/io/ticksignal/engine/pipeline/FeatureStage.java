package io.ticksignal.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;
import io.ticksignal.engine.feature.timeline.TimelineInput;
import io.ticksignal.engine.feature.timeline.TimelineListener;

/**
 * Stage 3: per instrument, one {@link FeatureTimeline} (the code the offline runner runs) built from the
 * configured features, fed every accepted input: trades (with their aggressor side), quotes, book updates and
 * bars. Features without {@code @} run on every input ({@code tick}).
 * <p>
 * <b>Decision points.</b> The stage marks the slot {@link EngineEvent#isDecisionPoint()} when the input updated
 * the value of any of the decision features (the rule's one feature, or every feature of a model bundle): for a
 * feature on a bar timeframe, when the input closed a bar of that timeframe (the bar closes when the first input at
 * or after its end arrives, so the decision is taken at that input, with its event time); for a {@code tick}
 * feature, when the input is of a kind the feature takes (an indicator: trade, quote, bar; an event feature: trade,
 * quote, book update). At most one decision per input, however many decision features it updated. The decision
 * features can be changed between two inputs ({@link #decisionFeatures(int[])}, a live model swap). A shadow model
 * has its own decision features, marked the same way ({@link #shadowDecisionFeatures}, {@link #isShadowDecisionPoint}).
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none per input.
 */
public final class FeatureStage
{
    /** {@code decisionFeatureIndex} for a stage that marks no decision points. */
    public static final int NO_DECISION_FEATURE = -1;

    private final FeatureTimeline[] timelines;
    private final DecisionPointMarker[] markers;
    private final List<ParsedFeature> features;
    private int[] decisionFeatureIndexes;

    /**
     * Configuration time; builds a timeline with fresh feature instances per instrument.
     *
     * @param instrumentCount      number of instruments (dense indexes 0..n-1).
     * @param features             the features, in configuration order.
     * @param decisionFeatureIndex index in {@code features} of the feature decisions read, or
     *                             {@link #NO_DECISION_FEATURE}.
     */
    public FeatureStage(final int instrumentCount, final List<ParsedFeature> features, final int decisionFeatureIndex)
    {
        this(instrumentCount, features,
            decisionFeatureIndex == NO_DECISION_FEATURE ? new int[0] : new int[] { decisionFeatureIndex });
    }

    /**
     * Configuration time; builds a timeline with fresh feature instances per instrument.
     *
     * @param instrumentCount        number of instruments (dense indexes 0..n-1).
     * @param features               the features, in column order.
     * @param decisionFeatureIndexes indexes in {@code features} of the features whose updates are decision points
     *                               (empty for none); the first is the {@link #decisionColumn} the rule reads.
     */
    public FeatureStage(
        final int instrumentCount, final List<ParsedFeature> features, final int[] decisionFeatureIndexes)
    {
        this.features = List.copyOf(features);
        timelines = new FeatureTimeline[instrumentCount];
        markers = new DecisionPointMarker[instrumentCount];
        for (int i = 0; i < instrumentCount; i++)
        {
            markers[i] = new DecisionPointMarker();
            timelines[i] = FeatureTimeline.create(features, Timeframe.TICK, Timeframe.TICK, markers[i]);
        }
        decisionFeatures(decisionFeatureIndexes);
    }

    /**
     * Change the decision features. Pipeline thread, between two inputs (configuration or a model swap);
     * allocates.
     *
     * @param decisionFeatureIndexes indexes among the features; copied.
     * @throws IllegalArgumentException for an index that is not a feature's.
     */
    public void decisionFeatures(final int[] decisionFeatureIndexes)
    {
        for (final int index : decisionFeatureIndexes)
        {
            if (index < 0 || index >= features.size())
            {
                throw new IllegalArgumentException("decision feature index " + index + " is not one of the " +
                    features.size() + " features");
            }
        }
        this.decisionFeatureIndexes = decisionFeatureIndexes.clone();
        for (int i = 0; i < timelines.length; i++)
        {
            final FeatureColumn[] columns = new FeatureColumn[decisionFeatureIndexes.length];
            for (int k = 0; k < columns.length; k++)
            {
                columns[k] = timelines[i].column(decisionFeatureIndexes[k]);
            }
            markers[i].columns = columns;
        }
    }

    /**
     * Set the shadow model's decision features ({@code model.shadow}): their updates are the shadow's decision
     * points ({@link #isShadowDecisionPoint}), marked by the same rule as the live model's and independently of
     * them. Configuration time; allocates.
     *
     * @param shadowFeatureIndexes indexes among the features; copied.
     * @throws IllegalArgumentException for an index that is not a feature's.
     */
    public void shadowDecisionFeatures(final int[] shadowFeatureIndexes)
    {
        for (final int index : shadowFeatureIndexes)
        {
            if (index < 0 || index >= features.size())
            {
                throw new IllegalArgumentException("shadow decision feature index " + index + " is not one of the " +
                    features.size() + " features");
            }
        }
        for (int i = 0; i < timelines.length; i++)
        {
            final FeatureColumn[] columns = new FeatureColumn[shadowFeatureIndexes.length];
            for (int k = 0; k < columns.length; k++)
            {
                columns[k] = timelines[i].column(shadowFeatureIndexes[k]);
            }
            markers[i].shadowColumns = columns;
        }
    }

    /**
     * Whether the last input of the instrument that {@link #onEvent} applied updated any shadow decision feature.
     * Pipeline thread, after {@link #onEvent} for that input. Allocation: none.
     *
     * @param instrumentIndex a dense instrument index.
     * @return true at a decision point of the shadow model.
     */
    public boolean isShadowDecisionPoint(final int instrumentIndex)
    {
        return markers[instrumentIndex].shadowHit;
    }

    /**
     * The column a feature expression is computed in, matched by meaning (two spellings of the same feature, e.g.
     * {@code rsi(14)} and {@code rsi(14).value@tick}, match). Configuration time; allocates.
     *
     * @param feature a parsed feature expression.
     * @return its column index, or -1 when this stage does not compute it.
     */
    public int columnOf(final ParsedFeature feature)
    {
        final String key = columnKey(feature);
        for (int i = 0; i < features.size(); i++)
        {
            if (columnKey(features.get(i)).equals(key))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param feature a parsed feature.
     * @return a key equal for two expressions of the same feature at the same live timeframe.
     */
    static String columnKey(final ParsedFeature feature)
    {
        final String canonical = feature.canonical();
        final int at = canonical.indexOf('@');
        return (at < 0 ? canonical : canonical.substring(0, at)) + "@" +
            feature.timeframeOr(Timeframe.TICK).configName();
    }

    /**
     * @return the features computed, in column order.
     */
    public List<ParsedFeature> features()
    {
        return features;
    }

    /**
     * Parse configured feature expressions with the engine's full parser. Configuration time.
     *
     * @param expressions the configured features.
     * @return the parsed features, in the same order.
     * @throws io.ticksignal.engine.feature.catalog.FeatureExpressionException naming the bad expression.
     */
    public static List<ParsedFeature> parse(final List<FeatureExpression> expressions)
    {
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        final List<ParsedFeature> parsed = new ArrayList<>(expressions.size());
        for (final FeatureExpression expression : expressions)
        {
            parsed.add(parser.parse(expression.expression()));
        }
        return parsed;
    }

    /**
     * Apply the slot's input to its instrument's timeline and mark whether it is a decision point. Rejected
     * inputs are skipped. Allocation: none.
     *
     * @param event the slot, after {@link DecodeStage}.
     */
    public void onEvent(final EngineEvent event)
    {
        if (!event.isAccepted())
        {
            return;
        }
        final int index = event.instrumentIndex;
        final DecisionPointMarker marker = markers[index];
        final FeatureTimeline timeline = timelines[index];
        marker.hit = false;
        marker.shadowHit = false;
        switch (event.templateId)
        {
            case TradeDecoder.TEMPLATE_ID:
                timeline.onTrade(event.eventTimeNs, event.price, event.size, event.aggressor);
                break;
            case QuoteDecoder.TEMPLATE_ID:
                timeline.onQuote(event.eventTimeNs, event.bidPrice, event.bidSize, event.askPrice, event.askSize);
                break;
            case BookUpdateDecoder.TEMPLATE_ID:
                timeline.onBookUpdate(event.eventTimeNs, BookSide.get((short)event.bookSide), event.bookLevel,
                    BookAction.get((short)event.bookAction), event.price, event.size);
                break;
            case BarDecoder.TEMPLATE_ID:
                timeline.onBar(event.barStartNs, event.barIntervalNs, event.open, event.high, event.low, event.close,
                    event.volume);
                break;
            default:
                break;
        }
        event.decisionPoint = marker.hit;
    }

    /**
     * @param instrumentIndex a dense instrument index.
     * @return that instrument's timeline (read on the pipeline thread).
     */
    public FeatureTimeline timeline(final int instrumentIndex)
    {
        return timelines[instrumentIndex];
    }

    /**
     * @param instrumentIndex a dense instrument index.
     * @return the column decisions read for that instrument, or null without a decision feature.
     */
    public FeatureColumn decisionColumn(final int instrumentIndex)
    {
        final FeatureColumn[] columns = markers[instrumentIndex].columns;
        return columns.length == 0 ? null : columns[0];
    }

    /**
     * @return index of the (first) decision feature among the features, or {@link #NO_DECISION_FEATURE}.
     */
    public int decisionFeatureIndex()
    {
        return decisionFeatureIndexes.length == 0 ? NO_DECISION_FEATURE : decisionFeatureIndexes[0];
    }

    /**
     * @return number of instruments.
     */
    public int instrumentCount()
    {
        return timelines.length;
    }

    private static final class DecisionPointMarker implements TimelineListener
    {
        private FeatureColumn[] columns = new FeatureColumn[0];
        private FeatureColumn[] shadowColumns = new FeatureColumn[0];
        private boolean hit;
        private boolean shadowHit;

        @Override
        public void onBarSample(final Timeframe timeframe, final long barStartNs)
        {
            hit = hit || closes(columns, timeframe);
            shadowHit = shadowHit || closes(shadowColumns, timeframe);
        }

        @Override
        public void onEventSample(final long timeNs, final TimelineInput input)
        {
            hit = hit || updates(columns, input);
            shadowHit = shadowHit || updates(shadowColumns, input);
        }

        private static boolean closes(final FeatureColumn[] decisionColumns, final Timeframe timeframe)
        {
            for (int k = 0; k < decisionColumns.length; k++)
            {
                if (decisionColumns[k].timeframe() == timeframe)
                {
                    return true;
                }
            }
            return false;
        }

        private static boolean updates(final FeatureColumn[] decisionColumns, final TimelineInput input)
        {
            for (int k = 0; k < decisionColumns.length; k++)
            {
                if (decisionColumns[k].updatesOn(input))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
