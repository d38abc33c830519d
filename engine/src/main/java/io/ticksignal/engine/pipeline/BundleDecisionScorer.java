package io.ticksignal.engine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.model.BundleScorer;
import io.ticksignal.engine.model.DecisionThresholds;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.OutputMeaning;

/**
 * A model bundle as a {@link Scorer}: at a decision point it copies the instrument's values of the bundle's features
 * (in the bundle's column order) into a reused row, scores it with the bundle's {@link BundleScorer} (calibrated
 * class probabilities in label order), lets the bundle's {@link DecisionThresholds} propose a class and maps that
 * class to a direction:
 * <ul>
 *     <li><b>Binary</b> ({@link OutputMeaning#BINARY}), by position whatever the labels are called: class 1 (UP) is
 *     BUY, proposed when {@code P(up) > buyAbove}; class 0 (DOWN) is SELL, proposed when {@code P(up) < sellBelow};
 *     otherwise HOLD.</li>
 *     <li><b>Class probabilities</b>, by label name (case ignored): {@code UP} or {@code BUY} → BUY, {@code DOWN} or
 *     {@code SELL} → SELL, {@code FLAT} or {@code HOLD} → HOLD; any other label is refused when the scorer is
 *     opened. The proposed class is the most probable one that reaches its {@code minProbability}; none → HOLD.</li>
 * </ul>
 * Confidence: the chosen class's probability. For a HOLD that no class proposed, the probability of HOLD: the sum
 * of the HOLD classes' probabilities (3-class), or {@code 1 - |P(up) - P(down)|} for a binary model, which has no
 * HOLD class (1 when the model is undecided at 0.5, 0 when it is certain). These are also the direction
 * probabilities the {@link DecisionPolicy} uses when it substitutes a direction (BUY: the sum over BUY classes, SELL:
 * over SELL classes). While any of the bundle's features is NaN (not warm) the proposal is HOLD with confidence 0
 * and no probabilities.
 * <p>
 * Model id: the bundle's name; version: its version; labels: the bundle's labels.
 * <p>
 * Thread: opened on any thread (configuration, or the model loader thread of a live swap), then used only by the
 * pipeline thread. Allocation: at opening; none per {@link #score} with the built-in scorers (ONNX Runtime allocates
 * inside its Java layer).
 */
public final class BundleDecisionScorer implements Scorer, AutoCloseable
{
    private static final int HOLD = Direction.HOLD.value();
    private static final int BUY = Direction.BUY.value();
    private static final int SELL = Direction.SELL.value();

    private final ModelBundle bundle;
    private final BundleScorer scorer;
    private final DecisionThresholds thresholds;
    private final OutputMeaning meaning;
    private final int[] columnIndexes;
    private final FeatureColumn[][] columns;
    private final int[] classDirection;
    private final double[] row;
    private final double[] probabilities;

    private BundleDecisionScorer(
        final ModelBundle bundle, final BundleScorer scorer, final int[] columnIndexes, final FeatureStage stage,
        final int[] classDirection)
    {
        this.bundle = bundle;
        this.scorer = scorer;
        this.thresholds = bundle.thresholds();
        this.meaning = bundle.metadata().meaning();
        this.columnIndexes = columnIndexes;
        this.classDirection = classDirection;
        this.row = new double[columnIndexes.length];
        this.probabilities = new double[scorer.outputWidth()];
        columns = new FeatureColumn[stage.instrumentCount()][columnIndexes.length];
        for (int i = 0; i < columns.length; i++)
        {
            for (int k = 0; k < columnIndexes.length; k++)
            {
                columns[i][k] = stage.timeline(i).column(columnIndexes[k]);
            }
        }
    }

    /**
     * Open the bundle's own scorer over the feature stage's columns. Cold path; allocates.
     *
     * @param bundle a loaded, validated bundle.
     * @param stage  the feature stage; it must compute every feature of the bundle.
     * @return the scorer; close it when it is no longer used.
     * @throws IllegalArgumentException naming the bundle and every feature the stage does not compute, or a label
     *                                  that has no direction.
     */
    public static BundleDecisionScorer open(final ModelBundle bundle, final FeatureStage stage)
    {
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        final List<String> features = bundle.features();
        final int[] columnIndexes = new int[features.size()];
        final List<String> missing = new ArrayList<>();
        for (int k = 0; k < columnIndexes.length; k++)
        {
            final ParsedFeature feature = parser.parse(features.get(k));
            columnIndexes[k] = stage.columnOf(feature);
            if (columnIndexes[k] < 0)
            {
                missing.add(features.get(k));
            }
        }
        if (!missing.isEmpty())
        {
            throw new IllegalArgumentException("model bundle " + bundle.directory() + ": the running engine does " +
                "not compute its feature(s) " + missing + "; a swap cannot add features (they would start cold): " +
                "add them to the configuration's features and restart");
        }
        final int[] classDirection = classDirections(bundle);
        return new BundleDecisionScorer(bundle, bundle.openScorer(), columnIndexes, stage, classDirection);
    }

    private static int[] classDirections(final ModelBundle bundle)
    {
        final List<String> labels = bundle.labels();
        if (bundle.metadata().meaning() == OutputMeaning.BINARY)
        {
            return new int[] { SELL, BUY };
        }
        final int[] directions = new int[labels.size()];
        for (int k = 0; k < directions.length; k++)
        {
            directions[k] = switch (labels.get(k).toUpperCase(Locale.ROOT))
            {
                case "UP", "BUY" -> BUY;
                case "DOWN", "SELL" -> SELL;
                case "FLAT", "HOLD" -> HOLD;
                default -> throw new IllegalArgumentException("model bundle " + bundle.directory() +
                    ": output.labels[" + k + "] '" + labels.get(k) + "' has no trading direction; name the " +
                    "classes DOWN, FLAT and UP (or SELL, HOLD and BUY)");
            };
        }
        return directions;
    }

    @Override
    public String modelId()
    {
        return bundle.metadata().name();
    }

    @Override
    public long modelVersion()
    {
        return bundle.metadata().version();
    }

    @Override
    public int labelCount()
    {
        return probabilities.length;
    }

    @Override
    public String label(final int index)
    {
        return bundle.labels().get(index);
    }

    @Override
    public void score(final int instrumentIndex, final Score score)
    {
        final FeatureColumn[] instrumentColumns = columns[instrumentIndex];
        for (int k = 0; k < instrumentColumns.length; k++)
        {
            final double value = instrumentColumns[k].value();
            if (Double.isNaN(value))
            {
                score.propose(HOLD, 0.0);
                return;
            }
            row[k] = value;
        }
        scorer.score(row, probabilities);
        double hold = 0.0;
        double buy = 0.0;
        double sell = 0.0;
        final int count = probabilities.length;
        score.probabilityCount(count);
        for (int k = 0; k < count; k++)
        {
            final double p = probabilities[k];
            score.probability(k, p);
            final int direction = classDirection[k];
            if (direction == BUY)
            {
                buy += p;
            }
            else if (direction == SELL)
            {
                sell += p;
            }
            else
            {
                hold += p;
            }
        }
        if (meaning == OutputMeaning.BINARY)
        {
            hold = 1.0 - Math.abs(buy - sell);
        }
        score.directionProbability(HOLD, hold);
        score.directionProbability(BUY, buy);
        score.directionProbability(SELL, sell);
        final int proposed = thresholds.propose(probabilities);
        if (proposed == DecisionThresholds.NO_CLASS)
        {
            score.propose(HOLD, hold);
        }
        else
        {
            score.propose(classDirection[proposed], probabilities[proposed]);
        }
    }

    /**
     * @return the bundle.
     */
    public ModelBundle bundle()
    {
        return bundle;
    }

    /**
     * @return the feature stage's column index of each bundle feature, in the bundle's order (a copy).
     */
    public int[] columnIndexes()
    {
        return columnIndexes.clone();
    }

    /**
     * Close the bundle's scorer (ONNX Runtime session). Cold path; idempotent.
     */
    @Override
    public void close()
    {
        scorer.close();
    }

    @Override
    public String toString()
    {
        return bundle.toString();
    }
}
