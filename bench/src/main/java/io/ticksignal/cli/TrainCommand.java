package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleException;
import io.ticksignal.engine.model.calibration.PlattCalibration;
import io.ticksignal.train.BundleWriter;
import io.ticksignal.train.ClassWeighting;
import io.ticksignal.train.Dataset;
import io.ticksignal.train.DatasetReader;
import io.ticksignal.train.ModelKind;
import io.ticksignal.train.SplitSpec;
import io.ticksignal.train.TrainOptions;
import io.ticksignal.train.Trainer;
import io.ticksignal.train.TrainingException;
import io.ticksignal.train.TrainingResult;
import io.ticksignal.train.WindowResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal train}: train a logistic or gradient-boosted model on a dataset written by
 * {@code ticksignal dataset}, with chronological splits or walk-forward windows, and write a model bundle with an
 * ONNX file, then load it with the engine's loader as a check. Prints rows per split, a metrics table, the thresholds
 * and where the bundle went; GBDT progress goes to standard error.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
        "Train a logistic or gradient-boosted model on a dataset (DATA.csv and its",
        "DATA.csv.meta.yaml from 'ticksignal dataset') and write a model bundle",
        "(model.yaml + model.onnx) to --out NAME/VERSION. Splits follow time, never",
        "shuffled: train rows fit the model, validation rows fit the Platt calibration",
        "(binary) and the thresholds, test rows are only measured. Accuracy, ROC-AUC,",
        "log loss, Brier and calibration error per split go into the bundle."
    },
    footer = {
        "",
        "Examples:",
        "  ticksignal train --dataset btc.csv --model logistic --out models/btc-lr/1",
        "  ticksignal train --dataset btc.csv --model gbdt --trees 200 --depth 4 \\",
        "      --split 70/15/15 --out models/btc-gbdt/1",
        "  ticksignal train --dataset btc.csv --model logistic \\",
        "      --walk-forward train=4000,test=1000,step=1000 --out models/btc-wf/1",
        "Exit codes: 0 ok, 1 bad dataset or options (file:line:column), 2 usage error." })
final class TrainCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "DATA.csv",
        description = "The dataset CSV; its sidecar DATA.csv.meta.yaml must be beside it.")
    Path dataset;

    @Option(names = "--model", required = true, paramLabel = "KIND", description = "logistic or gbdt.")
    String model;

    @ArgGroup(exclusive = true)
    Splitting splitting;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Bundle directory, ending in NAME/VERSION (VERSION a whole number), e.g. models/btc/1.")
    Path out;

    @Option(names = "--force", description = "Replace an existing bundle at --out.")
    boolean force;

    @Option(names = "--class-weight", paramLabel = "MODE", defaultValue = "balanced",
        description = "balanced (n / (k * n_class), default) or none.")
    String classWeight;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "" + TrainOptions.DEFAULT_L2,
        description = "logistic: L2 penalty on standardised coefficients (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "" + TrainOptions.DEFAULT_TREES,
        description = "gbdt: boosting rounds (default ${DEFAULT-VALUE}).")
    int trees;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "" + TrainOptions.DEFAULT_DEPTH,
        description = "gbdt: maximum tree depth (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--learning-rate", paramLabel = "X", defaultValue = "" + TrainOptions.DEFAULT_LEARNING_RATE,
        description = "gbdt: shrinkage per tree (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--min-leaf", paramLabel = "N", defaultValue = "" + TrainOptions.DEFAULT_MIN_LEAF,
        description = "gbdt: minimum rows per leaf (default ${DEFAULT-VALUE}).")
    int minLeaf;

    @Option(names = "--leaf-l2", paramLabel = "X", defaultValue = "" + TrainOptions.DEFAULT_LEAF_L2,
        description = "gbdt: L2 penalty on leaf values (default ${DEFAULT-VALUE}).")
    double leafL2;

    @Option(names = "--validation-share", paramLabel = "X",
        defaultValue = "" + TrainOptions.DEFAULT_VALIDATION_SHARE,
        description = "walk-forward: share of each window's training rows used for validation (default"
            + " ${DEFAULT-VALUE}, the last rows).")
    double validationShare;

    @Option(names = "--signal-share", paramLabel = "X", defaultValue = "" + TrainOptions.DEFAULT_SIGNAL_SHARE,
        description = "Share of validation rows the thresholds let signal, half BUY, half SELL (default"
            + " ${DEFAULT-VALUE}).")
    double signalShare;

    @Option(names = "--embargo", paramLabel = "ROWS", defaultValue = "-1",
        description = "Rows purged before each split boundary (default: the label horizon H of fwd_return(H)).")
    int embargo;

    static final class Splitting
    {
        @Option(names = "--split", paramLabel = "T/V/T",
            description = "Train/validation/test percentages by row order (default 60/20/20).")
        String split;

        @Option(names = "--walk-forward", paramLabel = "train=N,test=M,step=K",
            description = "Walk-forward windows in rows; the bundle is the last window's model.")
        String walkForward;
    }

    @Override
    public void run()
    {
        try
        {
            final TrainOptions options = options().validate();
            final Dataset data = DatasetReader.read(dataset);
            final PrintWriter err = spec.commandLine().getErr();
            final long started = System.nanoTime();
            // On a terminal one line redrawn every 10% of the rounds; in a log, one line per finished fold.
            final boolean terminal = null != System.console();
            final TrainingResult result = Trainer.train(data, options, (fold, done, total) ->
            {
                final boolean tenth = done * 10 / total != (done - 1) * 10 / total;
                if (total > 1 && (terminal ? tenth : done == total))
                {
                    err.print("train " + fold + ": round " + done + "/" + total + (terminal ? "\r" : "\n"));
                    err.flush();
                }
            });
            if (terminal && options.model() == ModelKind.GBDT)
            {
                err.println();
            }
            final double seconds = (System.nanoTime() - started) / 1e9;
            final Map<String, String> provenance = new LinkedHashMap<>();
            provenance.put("trainCommand", RecordedCommand.of(spec));
            provenance.put("seed", "none (the trainers are deterministic and draw no random numbers)");
            provenance.put("trainer", "ticksignal train " + options.model().name().toLowerCase(Locale.ROOT));
            BundleWriter.write(out, force ? BundleWriter.Overwrite.REPLACE : BundleWriter.Overwrite.REFUSE, result,
                data, provenance);
            ModelBundle.load(out);
            summary(data, options, result, seconds);
        }
        catch (final TrainingException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final ModelBundleException ex)
        {
            throw new UserErrorException("the bundle written does not load (please report this): " + ex.getMessage(),
                ex);
        }
    }

    private TrainOptions options()
    {
        final ModelKind kind = switch (model.strip().toLowerCase(Locale.ROOT))
        {
            case "logistic" -> ModelKind.LOGISTIC;
            case "gbdt" -> ModelKind.GBDT;
            default -> throw new TrainingException("--model '" + model + "' is not a model; use logistic or gbdt");
        };
        final ClassWeighting weighting = switch (classWeight.strip().toLowerCase(Locale.ROOT))
        {
            case "balanced" -> ClassWeighting.BALANCED;
            case "none" -> ClassWeighting.NONE;
            default -> throw new TrainingException("--class-weight '" + classWeight + "' is not allowed; use balanced"
                + " or none");
        };
        final SplitSpec split = splitting != null && splitting.walkForward != null
            ? SplitSpec.walkForward(splitting.walkForward)
            : SplitSpec.percentages(splitting != null && splitting.split != null ? splitting.split : "60/20/20");
        return new TrainOptions(kind, split, weighting, l2, trees, depth, learningRate, minLeaf, leafL2,
            validationShare, signalShare, embargo);
    }

    private static double mean(final Map<String, String> metrics, final String name)
    {
        return Double.parseDouble(metrics.get("mean." + name));
    }

    private void summary(final Dataset data, final TrainOptions options, final TrainingResult result,
        final double seconds)
    {
        final PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "dataset     %s: %d rows, %d features, %d classes %s (%s)%n", dataset,
            data.rowCount(), data.featureNames().size(), data.classCount(), data.classNames(),
            data.meta().labelExpression());
        stdout.printf(Locale.ROOT, "model       %s%n", result.notes());
        stdout.printf(Locale.ROOT, "%n%-10s %-10s %7s %9s %8s %8s %8s %8s%n", "fold", "part", "rows", "accuracy",
            "rocAuc", "logLoss", "brier", "ece");
        for (final WindowResult window : result.windows())
        {
            window.metrics().forEach((part, values) -> stdout.printf(Locale.ROOT,
                "%-10s %-10s %7d %9.4f %8.4f %8.4f %8.4f %8.4f%n", window.name(), part,
                part.equals("train") ? window.fitRows() : part.equals("validation") ? window.validationRows()
                    : window.testRows(), values.get("accuracy"), values.get("rocAuc"), values.get("logLoss"),
                values.get("brier"), values.get("ece")));
        }
        if (options.split().isWalkForward())
        {
            final Map<String, String> metrics = result.metrics();
            stdout.printf(Locale.ROOT, "%-10s %-10s %7s %9.4f %8.4f %8.4f %8.4f %8.4f%n", "mean", "test", "",
                mean(metrics, "accuracy"), mean(metrics, "rocAuc"), mean(metrics, "logLoss"), mean(metrics, "brier"),
                mean(metrics, "ece"));
        }
        stdout.println();
        stdout.println("calibration " + (result.calibration() instanceof PlattCalibration platt
            ? "PLATT a=" + platt.a() + ", b=" + platt.b() + " (fitted on validation rows)"
            : "NONE (three classes)"));
        stdout.println("thresholds  " + result.thresholds() + " (chosen on validation rows)");
        stdout.println("bundle      " + out + " (model.yaml, model.onnx)");
        stdout.printf(Locale.ROOT, "train time  %.2f s%n", seconds);
        stdout.flush();
    }
}
