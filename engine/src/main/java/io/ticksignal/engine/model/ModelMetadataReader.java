package io.ticksignal.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.ticksignal.engine.model.builtin.LinkFunction;
import io.ticksignal.engine.model.calibration.Calibration;
import io.ticksignal.engine.model.calibration.CalibrationKind;
import io.ticksignal.engine.model.calibration.IsotonicCalibration;
import io.ticksignal.engine.model.calibration.PlattCalibration;

/**
 * Reads the {@code model.yaml} tree into {@link ModelMetadata}, checking every key's presence, type and range and
 * collecting every problem (key path plus what is allowed). Cross-file checks (model file, widths, members) are the
 * {@link ModelBundleLoader}'s. Cold path; one instance per file.
 */
final class ModelMetadataReader
{
    private static final List<String> DEFAULT_BINARY_LABELS = List.of("DOWN", "UP");
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
        Map.entry("", Set.of("name", "version", "scorer", "features", "onnx", "output", "calibration", "thresholds",
            "logistic", "trees", "members", "training", "label", "monitoring", "provenance")),
        Map.entry("onnx", Set.of("file", "sha256", "input", "output")),
        Map.entry("output", Set.of("meaning", "labels")),
        Map.entry("calibration", Set.of("kind", "a", "b", "x", "y")),
        Map.entry("thresholds", Set.of("buyAbove", "sellBelow", "minProbability")),
        Map.entry("logistic", Set.of("link", "coefficients", "intercepts")),
        Map.entry("trees", Set.of("source")),
        Map.entry("training", Set.of("notes", "metrics")),
        Map.entry("label", Set.of("expression", "classes", "threshold")),
        Map.entry("monitoring", Set.of("histograms")),
        Map.entry("provenance", Set.of("data", "dataset", "datasetSha256", "datasetCommand", "trainCommand", "seed",
            "trainer", "createdBy")));
    private static final Set<String> HISTOGRAM_KEYS = Set.of("feature", "edges", "fractions");
    private static final double FRACTION_SUM_TOLERANCE = 1e-6;

    private final String file;
    private final List<ModelBundleError> errors;

    ModelMetadataReader(final String file, final List<ModelBundleError> errors)
    {
        this.file = file;
        this.errors = errors;
    }

    ModelMetadata read(final JsonNode root)
    {
        if (root == null || !root.isObject())
        {
            error("", "the file must be a YAML mapping with keys name, version, scorer, features, ...");
            return null;
        }
        checkKeys(root, "");
        final String name = text(root, "name", "name", Presence.REQUIRED);
        final long version = root.has("version") ? integer(root.get("version"), "version") : 1;
        final ScorerKind scorer = choice(root, "scorer", "scorer", ScorerKind.class, null);
        final List<String> features = texts(root.get("features"), "features");
        final Optional<OnnxSpec> onnx = onnx(object(root, "onnx"));
        final JsonNode output = object(root, "output");
        final OutputMeaning meaning = choice(output, "meaning", "output.meaning", OutputMeaning.class,
            OutputMeaning.BINARY);
        final List<String> labels = labels(output, meaning);
        final Calibration calibration = calibration(object(root, "calibration"));
        final DecisionThresholds thresholds = thresholds(object(root, "thresholds"), meaning, labels);
        final Optional<LogisticSpec> logistic = logistic(object(root, "logistic"));
        final JsonNode trees = object(root, "trees");
        final Optional<ModelMetadata.TreeSource> treeSource = trees.isMissingNode() ? Optional.empty()
            : Optional.ofNullable(choice(trees, "source", "trees.source", ModelMetadata.TreeSource.class,
            ModelMetadata.TreeSource.ONNX));
        final List<MemberSpec> members = members(root.get("members"));
        final JsonNode training = object(root, "training");
        final String notes = text(training, "notes", "training.notes", Presence.OPTIONAL);
        final Map<String, String> metrics = new LinkedHashMap<>();
        final JsonNode metricNode = training.path("metrics");
        metricNode.properties().forEach(entry -> metrics.put(entry.getKey(), entry.getValue().asText()));
        final Optional<LabelSpec> label = label(object(root, "label"));
        final List<FeatureHistogram> histograms = histograms(object(root, "monitoring").path("histograms"),
            features);
        final Map<String, String> provenance = new LinkedHashMap<>();
        object(root, "provenance").properties()
            .forEach(entry -> provenance.put(entry.getKey(), entry.getValue().asText()));
        if (name == null || scorer == null || features == null || meaning == null || labels == null
            || calibration == null || thresholds == null)
        {
            return null;
        }
        return new ModelMetadata(name, version, scorer, features, onnx, meaning, labels, calibration, thresholds,
            logistic, treeSource, members, notes == null ? "" : notes, metrics, label, histograms, provenance);
    }

    private Optional<LabelSpec> label(final JsonNode node)
    {
        if (node.isMissingNode())
        {
            return Optional.empty();
        }
        final String expression = text(node, "expression", "label.expression", Presence.REQUIRED);
        final long classes = node.has("classes") ? integer(node.get("classes"), "label.classes") : 2;
        final double threshold = node.has("threshold") ? number(node, "threshold", "label.threshold") : 0.0;
        if (classes != 2 && classes != 3)
        {
            error("label.classes", "'" + classes + "' is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)");
            return Optional.empty();
        }
        if (!(threshold >= 0.0))
        {
            error("label.threshold", "'" + threshold + "' is not allowed: must be a number >= 0 (a return, 0.001 = 0.1%)");
            return Optional.empty();
        }
        if (expression == null)
        {
            return Optional.empty();
        }
        try
        {
            return Optional.of(LabelSpec.parse(expression, (int)classes, threshold));
        }
        catch (final IllegalArgumentException ex)
        {
            error("label.expression", ex.getMessage());
            return Optional.empty();
        }
    }

    private List<FeatureHistogram> histograms(final JsonNode node, final List<String> features)
    {
        final List<FeatureHistogram> histograms = new ArrayList<>();
        if (node.isMissingNode())
        {
            return histograms;
        }
        if (!node.isArray())
        {
            error("monitoring.histograms", "must be a list of {feature, edges, fractions}");
            return histograms;
        }
        final Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++)
        {
            final String path = "monitoring.histograms[" + i + "]";
            final JsonNode entry = node.get(i);
            if (!entry.isObject())
            {
                error(path, "must be a mapping of keys edges, feature, fractions");
                continue;
            }
            entry.fieldNames().forEachRemaining(key ->
            {
                if (!HISTOGRAM_KEYS.contains(key))
                {
                    error(path + "." + key, "unknown key; allowed here: edges, feature, fractions");
                }
            });
            final String feature = text(entry, "feature", path + ".feature", Presence.REQUIRED);
            final double[] edges = numbers(entry.get("edges"), path + ".edges");
            final double[] fractions = numbers(entry.get("fractions"), path + ".fractions");
            if (feature == null || edges == null || fractions == null)
            {
                continue;
            }
            final String expression = feature.strip();
            if (features != null && !features.contains(expression))
            {
                error(path + ".feature", "'" + expression + "' is not one of the bundle's features");
                continue;
            }
            if (!seen.add(expression))
            {
                error(path + ".feature", "'" + expression + "' has a histogram already");
                continue;
            }
            if (histogramValid(path, edges, fractions))
            {
                histograms.add(new FeatureHistogram(expression, edges, fractions));
            }
        }
        return histograms;
    }

    private boolean histogramValid(final String path, final double[] edges, final double[] fractions)
    {
        for (int i = 0; i < edges.length; i++)
        {
            if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1]))
            {
                error(path + ".edges[" + i + "]", "'" + edges[i] + "': edges must be finite and strictly ascending");
                return false;
            }
        }
        if (fractions.length != edges.length + 1)
        {
            error(path + ".fractions", fractions.length + " fractions for " + edges.length + " edges: "
                + (edges.length + 1) + " bins need " + (edges.length + 1) + " fractions");
            return false;
        }
        double sum = 0.0;
        for (int i = 0; i < fractions.length; i++)
        {
            if (!(fractions[i] >= 0.0 && fractions[i] <= 1.0))
            {
                error(path + ".fractions[" + i + "]", "'" + fractions[i] + "' is not a fraction in [0, 1]");
                return false;
            }
            sum += fractions[i];
        }
        if (Math.abs(sum - 1.0) > FRACTION_SUM_TOLERANCE)
        {
            error(path + ".fractions", "sum to " + sum + "; they must sum to 1");
            return false;
        }
        return true;
    }

    private void checkKeys(final JsonNode node, final String path)
    {
        final Set<String> allowed = KEYS.get(path);
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext())
        {
            final String key = names.next();
            if (!allowed.contains(key))
            {
                error(path.isEmpty() ? key : path + "." + key, "unknown key; allowed here: "
                    + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private JsonNode object(final JsonNode parent, final String key)
    {
        final JsonNode node = parent.path(key);
        if (!node.isMissingNode() && !node.isObject())
        {
            error(key, "must be a mapping of keys " + String.join(", ", KEYS.get(key).stream().sorted().toList()));
            return MissingNode.getInstance();
        }
        if (node.isObject())
        {
            checkKeys(node, key);
        }
        return node;
    }

    private Optional<OnnxSpec> onnx(final JsonNode node)
    {
        if (node.isMissingNode())
        {
            return Optional.empty();
        }
        final String modelFile = node.has("file") ? text(node, "file", "onnx.file", Presence.REQUIRED) : "model.onnx";
        final String sha = text(node, "sha256", "onnx.sha256", Presence.OPTIONAL);
        if (sha != null && !sha.matches("[0-9a-f]{64}"))
        {
            error("onnx.sha256", "'" + sha + "' is not a SHA-256 (64 lower-case hex digits); compute it with"
                + " sha256sum");
        }
        final String input = text(node, "input", "onnx.input", Presence.REQUIRED);
        final String output = text(node, "output", "onnx.output", Presence.REQUIRED);
        return Optional.of(new OnnxSpec(modelFile, sha == null ? "" : sha, input, output));
    }

    private List<String> labels(final JsonNode output, final OutputMeaning meaning)
    {
        if (!output.has("labels"))
        {
            if (meaning == OutputMeaning.CLASS_PROBABILITIES)
            {
                error("output.labels", "missing; CLASS_PROBABILITIES needs one label per class, e.g. [DOWN, FLAT, UP]");
                return null;
            }
            return DEFAULT_BINARY_LABELS;
        }
        final List<String> labels = texts(output.get("labels"), "output.labels");
        if (labels != null && meaning == OutputMeaning.BINARY && labels.size() != 2)
        {
            error("output.labels", labels.size() + " labels given; a BINARY model has exactly 2 (P(down), P(up)),"
                + " e.g. [DOWN, UP]");
            return null;
        }
        if (labels != null && labels.size() < 2)
        {
            error("output.labels", "at least 2 labels needed");
            return null;
        }
        return labels;
    }

    private Calibration calibration(final JsonNode node)
    {
        final CalibrationKind kind = node.isMissingNode() ? CalibrationKind.NONE
            : choice(node, "kind", "calibration.kind", CalibrationKind.class, CalibrationKind.NONE);
        if (kind == null)
        {
            return null;
        }
        switch (kind)
        {
            case PLATT ->
            {
                final double a = number(node, "a", "calibration.a");
                final double b = number(node, "b", "calibration.b");
                return Double.isNaN(a) || Double.isNaN(b) ? null : new PlattCalibration(a, b);
            }
            case ISOTONIC ->
            {
                final double[] x = numbers(node.get("x"), "calibration.x");
                final double[] y = numbers(node.get("y"), "calibration.y");
                if (x == null || y == null)
                {
                    return null;
                }
                final String problem = IsotonicCalibration.problem(x, y);
                if (problem != null)
                {
                    error("calibration", problem);
                    return null;
                }
                return new IsotonicCalibration(x, y);
            }
            default ->
            {
                return Calibration.none();
            }
        }
    }

    private DecisionThresholds thresholds(final JsonNode node, final OutputMeaning meaning, final List<String> labels)
    {
        if (meaning == OutputMeaning.BINARY || meaning == null)
        {
            final double buy = node.has("buyAbove") ? number(node, "buyAbove", "thresholds.buyAbove") : 0.5;
            final double sell = node.has("sellBelow") ? number(node, "sellBelow", "thresholds.sellBelow") : 0.5;
            if (!(buy >= 0.0 && buy <= 1.0 && sell >= 0.0 && sell <= buy))
            {
                error("thresholds", "buyAbove=" + buy + ", sellBelow=" + sell + " not allowed: need"
                    + " 0 <= sellBelow <= buyAbove <= 1 (probabilities of UP)");
                return null;
            }
            return DecisionThresholds.binary(buy, sell);
        }
        final double[] minimum = new double[labels == null ? 0 : labels.size()];
        Arrays.fill(minimum, Double.NaN);
        final JsonNode perClass = node.path("minProbability");
        if (!perClass.isObject() || labels == null)
        {
            error("thresholds.minProbability", "missing; give a minimum probability per class to propose, e.g."
                + " {UP: 0.5, DOWN: 0.5}");
            return null;
        }
        perClass.properties().forEach(entry ->
        {
            final int index = labels.indexOf(entry.getKey());
            final double value = entry.getValue().isNumber() ? entry.getValue().asDouble() : Double.NaN;
            if (index < 0)
            {
                error("thresholds.minProbability." + entry.getKey(), "not a label; labels: " + labels);
            }
            else if (!(value >= 0.0 && value <= 1.0))
            {
                error("thresholds.minProbability." + entry.getKey(), "'" + entry.getValue().asText()
                    + "' must be a probability in [0, 1]");
            }
            else
            {
                minimum[index] = value;
            }
        });
        return DecisionThresholds.perClass(minimum);
    }

    private Optional<LogisticSpec> logistic(final JsonNode block)
    {
        if (block.isMissingNode())
        {
            return Optional.empty();
        }
        final LinkFunction link = choice(block, "link", "logistic.link", LinkFunction.class, null);
        final JsonNode rows = block.get("coefficients");
        final double[] intercepts = numbers(block.get("intercepts"), "logistic.intercepts");
        if (rows == null || !rows.isArray() || rows.isEmpty())
        {
            error("logistic.coefficients", "missing; give one list of coefficients (one per feature) per output row");
            return Optional.empty();
        }
        final double[][] coefficients = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++)
        {
            coefficients[r] = numbers(rows.get(r), "logistic.coefficients[" + r + "]");
            if (coefficients[r] == null)
            {
                return Optional.empty();
            }
        }
        if (intercepts != null && intercepts.length != coefficients.length)
        {
            error("logistic.intercepts", intercepts.length + " intercepts for " + coefficients.length
                + " coefficient rows; give one per row");
            return Optional.empty();
        }
        return link == null || intercepts == null ? Optional.empty()
            : Optional.of(new LogisticSpec(link, coefficients, intercepts));
    }

    private List<MemberSpec> members(final JsonNode node)
    {
        final List<MemberSpec> members = new ArrayList<>();
        if (node == null)
        {
            return members;
        }
        if (!node.isArray())
        {
            error("members", "must be a list of {bundle: DIR, weight: W}");
            return members;
        }
        for (int m = 0; m < node.size(); m++)
        {
            final String path = "members[" + m + "]";
            final JsonNode member = node.get(m);
            final String bundle = text(member, "bundle", path + ".bundle", Presence.REQUIRED);
            final double weight = member.has("weight") ? number(member, "weight", path + ".weight") : 1.0;
            if (!(weight > 0.0) || Double.isInfinite(weight))
            {
                error(path + ".weight", weight + " is not allowed: a weight must be a positive number");
            }
            else if (bundle != null)
            {
                members.add(new MemberSpec(bundle, weight));
            }
        }
        return members;
    }

    private String text(final JsonNode parent, final String key, final String path, final Presence presence)
    {
        final JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull())
        {
            if (presence == Presence.REQUIRED)
            {
                error(path, "missing");
            }
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank())
        {
            error(path, "must be a non-empty text");
            return null;
        }
        return node.asText();
    }

    private long integer(final JsonNode node, final String path)
    {
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0)
        {
            error(path, "'" + node.asText() + "' is not allowed: must be a whole number >= 0");
            return 0;
        }
        return node.asLong();
    }

    private double number(final JsonNode parent, final String key, final String path)
    {
        final JsonNode node = parent.path(key);
        if (!node.isNumber() || !Double.isFinite(node.asDouble()))
        {
            error(path, node.isMissingNode() ? "missing; must be a number" : "'" + node.asText() + "' is not a number");
            return Double.NaN;
        }
        return node.asDouble();
    }

    private double[] numbers(final JsonNode node, final String path)
    {
        if (node == null || !node.isArray() || node.isEmpty())
        {
            error(path, node == null ? "missing; must be a list of numbers" : "must be a non-empty list of numbers");
            return null;
        }
        final double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++)
        {
            if (!node.get(i).isNumber())
            {
                error(path + "[" + i + "]", "'" + node.get(i).asText() + "' is not a number");
                return null;
            }
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    private List<String> texts(final JsonNode node, final String path)
    {
        if (node == null || !node.isArray() || node.isEmpty())
        {
            error(path, node == null ? "missing; must be a list" : "must be a non-empty list");
            return null;
        }
        final List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++)
        {
            if (!node.get(i).isValueNode() || node.get(i).asText().isBlank())
            {
                error(path + "[" + i + "]", "must be a non-empty text");
                return null;
            }
            values.add(node.get(i).asText().strip());
        }
        return values;
    }

    private <E extends Enum<E>> E choice(
        final JsonNode parent, final String key, final String path, final Class<E> type, final E otherwise)
    {
        final JsonNode node = parent.path(key);
        final List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (node.isMissingNode())
        {
            if (otherwise == null)
            {
                error(path, "missing; one of " + String.join(", ", allowed));
            }
            return otherwise;
        }
        final String text = node.asText().strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(text))
        {
            error(path, "'" + node.asText() + "' is not allowed: one of " + String.join(", ", allowed));
            return null;
        }
        return Enum.valueOf(type, text);
    }

    private void error(final String key, final String message)
    {
        errors.add(new ModelBundleError(file, key, message));
    }

    private enum Presence
    {
        REQUIRED,
        OPTIONAL
    }
}
