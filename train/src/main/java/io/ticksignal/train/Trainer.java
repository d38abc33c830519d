package io.ticksignal.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ticksignal.engine.model.DecisionThresholds;
import io.ticksignal.engine.model.LabelSpec;
import io.ticksignal.engine.model.calibration.Calibration;

/**
 * Runs training over the folds of a {@link SplitSpec}: per fold, class weights from the fit rows, the model fitted on
 * the fit rows, Platt calibration (binary) and decision thresholds on the validation rows only, metrics on every part
 * with the calibrated probabilities. Test rows are never read before the metrics, so changing them changes neither
 * the model, nor the calibration, nor the thresholds. The bundle's model is the last fold's (for a split, the only
 * one; for walk-forward, the one trained on the latest window). Deterministic; cold path.
 */
public final class Trainer
{
    private Trainer()
    {
    }

    /**
     * @param dataset  the dataset.
     * @param options  validated options.
     * @param progress told how training advances.
     * @return the result, ready for {@link BundleWriter}.
     * @throws TrainingException when the data cannot be split or fitted as asked.
     */
    public static TrainingResult train(final Dataset dataset, final TrainOptions options,
        final TrainingProgress progress)
    {
        options.validate();
        final int embargo = options.embargo() >= 0 ? options.embargo() :
            LabelSpec.parse(dataset.meta().labelExpression(), 2, 0.0).horizonBars()
                * mostRowsAtOneTime(dataset.timeNs());
        final List<Fold> folds = options.split().folds(dataset.rowCount(), options.validationShare(), embargo);
        final List<WindowResult> windows = new ArrayList<>();
        final Map<String, String> metrics = new LinkedHashMap<>();
        final Map<String, double[]> sums = new LinkedHashMap<>();
        FoldModel last = null;
        for (final Fold fold : folds)
        {
            last = fitFold(dataset, options, fold, progress);
            final Map<String, Map<String, Double>> parts = new LinkedHashMap<>();
            parts.put("train", measure(dataset, last, fold.fit()));
            parts.put("validation", measure(dataset, last, fold.validation()));
            if (fold.test().size() > 0)
            {
                parts.put("test", measure(dataset, last, fold.test()));
            }
            windows.add(new WindowResult(fold.name(), fold.fit().size(), fold.validation().size(),
                fold.test().size(), parts));
            if (options.split().isWalkForward())
            {
                metrics.put(fold.name() + ".trainRows", Integer.toString(fold.fit().size()));
                metrics.put(fold.name() + ".validationRows", Integer.toString(fold.validation().size()));
                metrics.put(fold.name() + ".testRows", Integer.toString(fold.test().size()));
                parts.get("test").forEach((name, value) ->
                {
                    metrics.put(fold.name() + "." + name, format(value));
                    final double[] sum = sums.computeIfAbsent(name, key -> new double[2]);
                    sum[0] += value;
                    sum[1]++;
                });
            }
        }
        if (options.split().isWalkForward())
        {
            metrics.put("windows", Integer.toString(folds.size()));
            sums.forEach((name, sum) -> metrics.put("mean." + name, format(sum[0] / sum[1])));
        }
        final WindowResult finalWindow = windows.get(windows.size() - 1);
        finalWindow.metrics().forEach((part, values) ->
        {
            metrics.put(part + ".rows", Integer.toString(part.equals("train") ? finalWindow.fitRows()
                : part.equals("validation") ? finalWindow.validationRows() : finalWindow.testRows()));
            values.forEach((name, value) -> metrics.put(part + "." + name, format(value)));
        });
        final Fold finalFold = folds.get(folds.size() - 1);
        return new TrainingResult(options.model(), last.model, last.calibration, last.thresholds, windows, metrics,
            HistogramBuilder.of(dataset.features(), finalFold.fit(), dataset.featureNames()),
            notes(dataset, options, embargo, folds, last));
    }

    private static FoldModel fitFold(final Dataset dataset, final TrainOptions options, final Fold fold,
        final TrainingProgress progress)
    {
        final int classes = dataset.classCount();
        final double[] weights = options.classWeighting().weights(dataset.labels(), fold.fit(), classes,
            dataset.classNames());
        final TrainedModel model;
        String detail;
        if (options.model() == ModelKind.LOGISTIC)
        {
            final LogisticTrainer.Fit fit = new LogisticTrainer(options.l2()).fit(dataset.features(), dataset.labels(),
                weights, fold.fit(), classes);
            if (!fit.converged())
            {
                throw new TrainingException(fold.name() + ": logistic regression did not converge in "
                    + LogisticTrainer.MAX_ITERATIONS + " Newton iterations (nearly separable classes?); raise --l2");
            }
            model = fit.model();
            detail = "Newton converged in " + fit.iterations() + " iterations";
            progress.update(fold.name(), 1, 1);
        }
        else
        {
            model = new GbdtTrainer(options.trees(), options.depth(), options.learningRate(), options.minLeaf(),
                options.leafL2()).fit(dataset.features(), dataset.labels(), weights, fold.fit(), classes,
                round -> progress.update(fold.name(), round, options.trees()));
            detail = ((GbdtModel)model).nodeCount() + " nodes";
        }
        final Calibration calibration = classes == 2 ? PlattFitter.fit(rawUp(dataset, model, fold.validation()),
            outcomes(dataset, fold.validation())) : Calibration.none();
        final FoldModel fitted = new FoldModel(model, calibration, null, detail);
        final double[][] validation = probabilities(dataset, fitted, fold.validation());
        return new FoldModel(model, calibration, ThresholdChooser.choose(validation, options.signalShare()), detail);
    }

    private static Map<String, Double> measure(final Dataset dataset, final FoldModel fitted, final RowRange rows)
    {
        final int[] labels = new int[rows.size()];
        System.arraycopy(dataset.labels(), rows.start(), labels, 0, rows.size());
        return ClassificationMetrics.of(probabilities(dataset, fitted, rows), labels);
    }

    /**
     * @return the bundle scorer's output per row: binary {@code [1 - c(P(up)), c(P(up))]}, else raw probabilities.
     */
    static double[][] probabilities(final Dataset dataset, final FoldModel fitted, final RowRange rows)
    {
        final int classes = fitted.model.classCount();
        final double[][] probabilities = new double[rows.size()][classes];
        for (int i = 0; i < rows.size(); i++)
        {
            fitted.model.predict(dataset.features()[rows.start() + i], probabilities[i]);
            if (classes == 2)
            {
                final double up = fitted.calibration.apply(probabilities[i][1]);
                probabilities[i][0] = 1.0 - up;
                probabilities[i][1] = up;
            }
        }
        return probabilities;
    }

    private static double[] rawUp(final Dataset dataset, final TrainedModel model, final RowRange rows)
    {
        final double[] up = new double[rows.size()];
        for (int i = 0; i < up.length; i++)
        {
            up[i] = model.predictUp(dataset.features()[rows.start() + i]);
        }
        return up;
    }

    private static int[] outcomes(final Dataset dataset, final RowRange rows)
    {
        final int[] outcomes = new int[rows.size()];
        System.arraycopy(dataset.labels(), rows.start(), outcomes, 0, rows.size());
        return outcomes;
    }

    /**
     * Rows that share one time: with several instruments a dataset has a row per instrument at each bar close, so H
     * bars of label horizon span up to H times this many rows, and the default purge must be that long.
     */
    static int mostRowsAtOneTime(final long[] timeNs)
    {
        int most = timeNs.length == 0 ? 0 : 1;
        int run = 1;
        for (int i = 1; i < timeNs.length; i++)
        {
            run = timeNs[i] == timeNs[i - 1] ? run + 1 : 1;
            most = Math.max(most, run);
        }
        return most;
    }

    static String format(final double value)
    {
        return Double.isNaN(value) ? "NaN" : Double.toString(value);
    }

    private static String notes(final Dataset dataset, final TrainOptions options, final int embargo,
        final List<Fold> folds, final FoldModel last)
    {
        final StringBuilder notes = new StringBuilder();
        if (options.model() == ModelKind.LOGISTIC)
        {
            notes.append(dataset.classCount() == 2 ? "logistic regression (sigmoid)" : "multinomial regression"
                + " (softmax)").append(", L2 ").append(options.l2()).append(" on standardised coefficients, exact"
                + " optimum by Newton's method (").append(last.detail).append(")");
        }
        else
        {
            notes.append("gradient-boosted trees, log loss, ").append(options.trees()).append(" rounds")
                .append(dataset.classCount() == 2 ? "" : " x " + dataset.classCount() + " classes")
                .append(", depth ").append(options.depth()).append(", learning rate ").append(options.learningRate())
                .append(", min leaf ").append(options.minLeaf()).append(" rows, leaf L2 ").append(options.leafL2())
                .append(", Newton leaf values, exact float32 split search (").append(last.detail).append(")");
        }
        notes.append("; class weights ").append(options.classWeighting().name().toLowerCase(Locale.ROOT))
            .append("; ").append(options.split());
        if (options.split().isWalkForward())
        {
            notes.append(" (").append(folds.size()).append(" windows, validation = last ")
                .append(options.validationShare()).append(" of each training block; this bundle is the last window's"
                + " model)");
        }
        notes.append("; ").append(embargo).append(" rows purged before each boundary");
        notes.append(dataset.classCount() == 2 ? "; Platt calibration fitted on the validation rows"
            : "; no calibration (three classes: probabilities as the softmax gives them)");
        notes.append("; thresholds let ").append(options.signalShare()).append(" of the validation rows signal, half"
            + " each way");
        return notes.toString();
    }

    /**
     * One fold's fitted parts.
     */
    static final class FoldModel
    {
        final TrainedModel model;
        final Calibration calibration;
        final DecisionThresholds thresholds;
        final String detail;

        FoldModel(final TrainedModel model, final Calibration calibration, final DecisionThresholds thresholds,
            final String detail)
        {
            this.model = model;
            this.calibration = calibration;
            this.thresholds = thresholds;
            this.detail = detail;
        }
    }
}
