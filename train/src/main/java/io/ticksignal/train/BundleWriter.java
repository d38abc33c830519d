package io.ticksignal.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ticksignal.config.YamlText;
import io.ticksignal.engine.io.AtomicFiles;
import io.ticksignal.engine.model.DecisionThresholds;
import io.ticksignal.engine.model.FeatureHistogram;
import io.ticksignal.engine.model.ModelBundleLoader;
import io.ticksignal.engine.model.calibration.PlattCalibration;

/**
 * Writes a model bundle {@code models/NAME/VERSION/}: {@code model.onnx} ({@link OnnxExporter}) and
 * {@code model.yaml} with name, version, scorer (LOGISTIC with the coefficients for logistic models,
 * TREE_ENSEMBLE reading the ONNX trees for gbdt), features, onnx (with sha256), output, calibration, thresholds,
 * label, training (notes and metrics), monitoring.histograms and provenance. Numbers are written with
 * {@link Double#toString} (they read back as the same doubles); nothing depends on the clock, so the same training
 * gives the same bytes. Refuses to write into an existing bundle unless asked to overwrite. Cold path.
 */
public final class BundleWriter
{
    /** The ONNX file's name inside a bundle. */
    public static final String ONNX_FILE = "model.onnx";

    private BundleWriter()
    {
    }

    /**
     * @param out        the bundle directory {@code .../NAME/VERSION}.
     * @param overwrite  whether an existing bundle there may be replaced.
     * @param result     the training result.
     * @param dataset    the dataset trained on.
     * @param provenance extra provenance entries ({@code trainCommand}, ...), written after the dataset's.
     * @throws TrainingException when the path is not {@code NAME/VERSION}, the bundle exists, or writing fails.
     */
    public static void write(final Path out, final Overwrite overwrite, final TrainingResult result,
        final Dataset dataset, final Map<String, String> provenance)
    {
        final String[] nameVersion = nameAndVersion(out);
        final Path yaml = out.resolve(ModelBundleLoader.METADATA_FILE);
        if (overwrite == Overwrite.REFUSE && (Files.exists(yaml) || Files.exists(out.resolve(ONNX_FILE))))
        {
            throw new TrainingException(out + ": a bundle exists there already; choose a new version directory, or"
                + " pass --force to replace it");
        }
        final byte[] onnx = OnnxExporter.export(result.model(), nameVersion[0]);
        try
        {
            Files.createDirectories(out);
            // Each file replaced whole (an engine may be loading this bundle); model.yaml last, as it pins
            // model.onnx by its sha256.
            AtomicFiles.write(out.resolve(ONNX_FILE), onnx);
            final String sha = ModelBundleLoader.sha256(out.resolve(ONNX_FILE));
            AtomicFiles.write(yaml, yaml(nameVersion, result, dataset, provenance, sha)
                .getBytes(StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new TrainingException(out + ": cannot write the bundle: " + ex.getMessage(), ex);
        }
    }

    /**
     * Whether an existing bundle may be replaced.
     */
    public enum Overwrite
    {
        /** Fail when the bundle exists. */
        REFUSE,
        /** Replace model.yaml and model.onnx ({@code --force}). */
        REPLACE
    }

    static String[] nameAndVersion(final Path out)
    {
        final Path normal = out.toAbsolutePath().normalize();
        final Path version = normal.getFileName();
        final Path name = normal.getParent() == null ? null : normal.getParent().getFileName();
        if (version == null || name == null || !version.toString().matches("\\d{1,18}"))
        {
            throw new TrainingException("--out " + out + ": must end in NAME/VERSION with VERSION a whole number,"
                + " e.g. models/btc-logistic/1");
        }
        return new String[] {name.toString(), Long.toString(Long.parseLong(version.toString()))};
    }

    private static String yaml(final String[] nameVersion, final TrainingResult result, final Dataset dataset,
        final Map<String, String> extraProvenance, final String sha)
    {
        final boolean binary = result.model().classCount() == 2;
        final List<String> lines = new ArrayList<>();
        lines.add("# Written by ticksignal train; training again with the same command gives the same bytes.");
        lines.add("name: " + YamlText.quoted(nameVersion[0]));
        lines.add("version: " + nameVersion[1]);
        lines.add("scorer: " + (result.kind() == ModelKind.LOGISTIC ? "LOGISTIC" : "TREE_ENSEMBLE"));
        lines.add("features:");
        dataset.featureNames().forEach(feature -> lines.add("  - " + YamlText.quoted(feature)));
        lines.add("onnx:");
        lines.add("  file: " + ONNX_FILE);
        lines.add("  sha256: " + sha);
        lines.add("  input: " + OnnxExporter.INPUT);
        lines.add("  output: " + OnnxExporter.outputName(result.model()));
        lines.add("output:");
        lines.add("  meaning: " + (binary ? "BINARY" : "CLASS_PROBABILITIES"));
        lines.add("  labels: [" + String.join(", ", dataset.classNames()) + "]");
        lines.add("calibration:");
        if (result.calibration() instanceof PlattCalibration platt)
        {
            lines.add("  kind: PLATT");
            lines.add("  a: " + number(platt.a()));
            lines.add("  b: " + number(platt.b()));
        }
        else
        {
            lines.add("  kind: NONE");
        }
        thresholds(lines, result.thresholds(), dataset.classNames());
        modelBlock(lines, result.model());
        lines.add("label:");
        lines.add("  expression: " + YamlText.quoted(dataset.meta().labelExpression()));
        lines.add("  classes: " + dataset.classCount());
        lines.add("  threshold: " + number(dataset.meta().threshold()));
        lines.add("training:");
        lines.add("  notes: " + YamlText.quoted(result.notes()));
        lines.add("  metrics:");
        result.metrics().forEach((key, value) -> lines.add("    " + key + ": " + metric(value)));
        histograms(lines, result.histograms());
        provenance(lines, dataset, extraProvenance);
        return String.join("\n", lines) + "\n";
    }

    private static void modelBlock(final List<String> lines, final TrainedModel model)
    {
        if (model instanceof LogisticModel logistic)
        {
            lines.add("logistic:");
            lines.add("  link: " + logistic.link());
            lines.add("  coefficients:");
            for (final double[] row : logistic.coefficients())
            {
                lines.add("    - " + numbers(row));
            }
            lines.add("  intercepts: " + numbers(logistic.intercepts()));
        }
        else
        {
            lines.add("trees:");
            lines.add("  source: ONNX");
        }
    }

    private static void provenance(final List<String> lines, final Dataset dataset,
        final Map<String, String> extraProvenance)
    {
        lines.add("provenance:");
        final Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data", dataset.meta().source());
        provenance.put("dataset", dataset.csv().toString());
        provenance.put("datasetSha256", dataset.csvSha256());
        provenance.put("datasetCommand", dataset.meta().command());
        provenance.putAll(extraProvenance);
        provenance.forEach((key, value) -> lines.add("  " + key + ": " + YamlText.quoted(value)));
    }

    private static void thresholds(final List<String> lines, final DecisionThresholds thresholds,
        final List<String> labels)
    {
        lines.add("thresholds:");
        if (thresholds.rule() == DecisionThresholds.ThresholdRule.UP_PROBABILITY)
        {
            lines.add("  buyAbove: " + number(thresholds.buyAbove()));
            lines.add("  sellBelow: " + number(thresholds.sellBelow()));
            return;
        }
        lines.add("  minProbability:");
        for (int k = 0; k < labels.size(); k++)
        {
            if (!Double.isNaN(thresholds.minProbability(k)))
            {
                lines.add("    " + labels.get(k) + ": " + number(thresholds.minProbability(k)));
            }
        }
    }

    private static void histograms(final List<String> lines, final List<FeatureHistogram> histograms)
    {
        if (histograms.isEmpty())
        {
            return;
        }
        lines.add("monitoring:");
        lines.add("  histograms:");
        for (final FeatureHistogram histogram : histograms)
        {
            lines.add("    - feature: " + YamlText.quoted(histogram.feature()));
            lines.add("      edges: " + numbers(histogram.edges()));
            lines.add("      fractions: " + numbers(histogram.fractions()));
        }
    }

    private static String numbers(final double[] values)
    {
        final StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++)
        {
            text.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return text.append(']').toString();
    }

    /**
     * @return {@link Double#toString}, with an explicit exponent sign ({@code 1.0E+10}) as YAML 1.1 floats need.
     */
    static String number(final double value)
    {
        final String text = Double.toString(value);
        final int e = text.indexOf('E');
        return e >= 0 && text.charAt(e + 1) != '-' ? text.substring(0, e + 1) + "+" + text.substring(e + 1) : text;
    }

    private static String metric(final String value)
    {
        return value.equals("NaN") ? "\"NaN\"" : value.matches("-?\\d+") ? value : number(Double.parseDouble(value));
    }
}
