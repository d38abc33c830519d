package io.ticksignal.engine.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.model.builtin.LinkFunction;
import io.ticksignal.engine.model.builtin.OnnxTreeEnsembleReader;
import io.ticksignal.engine.model.builtin.TreeEnsemble;
import io.ticksignal.engine.model.calibration.CalibrationKind;
import io.ticksignal.engine.model.onnx.OnnxModelException;
import io.ticksignal.engine.model.onnx.OnnxProblem;
import io.ticksignal.engine.model.onnx.OnnxScorer;
import io.ticksignal.engine.model.onnx.OnnxScorerOptions;

/**
 * Loads a bundle directory and validates everything, reporting every problem together in a
 * {@link ModelBundleException}: {@code model.yaml} missing or malformed, unknown keys, bad values; feature expressions
 * that do not parse (with the parser's position); the model file missing or its sha256 not the one recorded (expected
 * vs actual and the command to recompute it); feature count versus the ONNX input width; the ONNX input or output
 * missing or of the wrong type or shape; labels versus the number of classes; built-in coefficients or trees that do
 * not fit; ensemble members that fail or disagree. The ONNX model is opened once with ONNX Runtime to check it.
 * <p>
 * Cold path (seconds at most); stateless between loads, so an instance may be shared.
 */
public final class ModelBundleLoader
{
    /** The metadata file's name inside a bundle directory. */
    public static final String METADATA_FILE = "model.yaml";

    private static final int MAX_ENSEMBLE_DEPTH = 4;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final OnnxScorerOptions onnxOptions;
    private final FeatureExpressionParser parser = FeatureExpressionParser.standard();

    /**
     * A loader with {@link OnnxScorerOptions#defaults()}.
     */
    public ModelBundleLoader()
    {
        this(OnnxScorerOptions.defaults());
    }

    /**
     * @param onnxOptions session options for the bundle's ONNX scorers.
     */
    public ModelBundleLoader(final OnnxScorerOptions onnxOptions)
    {
        this.onnxOptions = Objects.requireNonNull(onnxOptions, "onnxOptions");
    }

    /**
     * @param directory the bundle directory.
     * @return the validated bundle.
     * @throws ModelBundleException with every problem found.
     */
    public ModelBundle load(final Path directory)
    {
        return load(directory, 0);
    }

    private ModelBundle load(final Path directory, final int depth)
    {
        final List<ModelBundleError> errors = new ArrayList<>();
        final Path yaml = directory.resolve(METADATA_FILE);
        final String file = yaml.toString();
        final ModelMetadata metadata = readMetadata(directory, yaml, errors);
        if (metadata == null)
        {
            throw new ModelBundleException(directory.toString(), errors);
        }
        final BundleChecks checks = new BundleChecks(file, errors);
        checkFeatures(metadata, checks);
        checkScorerParts(metadata, checks);
        final boolean modelFileOk = metadata.onnx().isPresent() && checkOnnx(directory, metadata, checks);
        metadata.logistic().ifPresent(logistic -> checkLogistic(metadata, logistic, checks));
        TreeEnsemble trees = null;
        if (modelFileOk && (metadata.scorer() == ScorerKind.TREE_ENSEMBLE || metadata.treesFromOnnx().isPresent()))
        {
            trees = readTrees(directory, metadata, checks);
        }
        final List<ModelBundle> members = loadMembers(directory, metadata, depth, checks);
        if (!errors.isEmpty())
        {
            throw new ModelBundleException(directory.toString(), errors);
        }
        return new ModelBundle(directory, metadata, trees, members, onnxOptions);
    }

    private static ModelMetadata readMetadata(final Path directory, final Path yaml, final List<ModelBundleError> errors)
    {
        final String file = yaml.toString();
        if (!Files.isDirectory(directory))
        {
            errors.add(new ModelBundleError(directory.toString(), "", "not a directory; a bundle is a directory holding "
                + METADATA_FILE + " and, for ONNX and tree-ensemble scorers, model.onnx"));
            return null;
        }
        if (!Files.isRegularFile(yaml))
        {
            errors.add(new ModelBundleError(file, "", "missing; every bundle directory needs " + METADATA_FILE
                + " (name, version, scorer, features, ...)"));
            return null;
        }
        final JsonNode root;
        try
        {
            root = YAML.readTree(yaml.toFile());
        }
        catch (final IOException ex)
        {
            errors.add(new ModelBundleError(file, "", "cannot read it as YAML: " + ex.getMessage()));
            return null;
        }
        return new ModelMetadataReader(file, errors).read(root);
    }

    private void checkFeatures(final ModelMetadata metadata, final BundleChecks checks)
    {
        final List<String> features = metadata.features();
        for (int i = 0; i < features.size(); i++)
        {
            try
            {
                parser.parse(features.get(i));
            }
            catch (final FeatureExpressionException ex)
            {
                checks.error("features[" + i + "]", "unknown feature expression: " + ex.getMessage()
                    + " (see `ticksignal features --list`)");
            }
        }
    }

    private static void checkScorerParts(final ModelMetadata metadata, final BundleChecks checks)
    {
        switch (metadata.scorer())
        {
            case ONNX, TREE_ENSEMBLE ->
            {
                if (metadata.onnx().isEmpty())
                {
                    checks.error("onnx", "missing; scorer " + metadata.scorer() + " needs an onnx block (file, sha256,"
                        + " input, output)");
                }
            }
            case LOGISTIC ->
            {
                if (metadata.logistic().isEmpty())
                {
                    checks.error("logistic", "missing; scorer LOGISTIC needs a logistic block (link, coefficients,"
                        + " intercepts)");
                }
            }
            case ENSEMBLE ->
            {
                if (metadata.members().isEmpty())
                {
                    checks.error("members", "missing; scorer ENSEMBLE needs a list of {bundle: DIR, weight: W}");
                }
            }
        }
    }

    private boolean checkOnnx(final Path directory, final ModelMetadata metadata, final BundleChecks checks)
    {
        final OnnxSpec onnx = metadata.onnx().orElseThrow();
        final Path modelFile = directory.resolve(onnx.file());
        if (!Files.isRegularFile(modelFile))
        {
            checks.error("onnx.file", modelFile + " does not exist; put the model file there or fix onnx.file");
            return false;
        }
        final String actual;
        try
        {
            actual = sha256(modelFile);
        }
        catch (final IOException ex)
        {
            checks.error("onnx.file", "cannot read " + modelFile + ": " + ex.getMessage());
            return false;
        }
        if (onnx.sha256().isEmpty())
        {
            checks.error("onnx.sha256", "missing; " + modelFile + " has sha256 " + actual + " (recompute with"
                + " `sha256sum " + modelFile + "`)");
            return false;
        }
        if (!onnx.sha256().equals(actual))
        {
            checks.error("onnx.sha256", "checksum mismatch for " + modelFile + ": expected " + onnx.sha256()
                + " but the file has " + actual + "; restore the right model file, or if this file is the one you"
                + " mean, set onnx.sha256 to the output of `sha256sum " + modelFile + "`");
            return false;
        }
        if (onnx.input() == null || onnx.output() == null)
        {
            return false;
        }
        try (OnnxScorer scorer = OnnxScorer.open(modelFile, onnx.input(), onnx.output(), metadata.features().size(),
            onnxOptions))
        {
            checkOutputWidth(metadata, "output '" + onnx.output() + "'", scorer.outputWidth(), "onnx.output", checks);
            return true;
        }
        catch (final OnnxModelException ex)
        {
            for (final OnnxProblem problem : ex.problems())
            {
                switch (problem.part())
                {
                    case FILE -> checks.error("onnx.file", modelFile + ": " + problem.message());
                    case INPUT -> checks.error("onnx.input", problem.message());
                    case WIDTH -> checks.error("features", metadata.features().size() + " feature expressions do not"
                        + " match the model: " + problem.message() + "; list one feature expression per input column");
                    case OUTPUT -> checks.error("onnx.output", problem.message());
                }
            }
            return false;
        }
    }

    private static void checkOutputWidth(
        final ModelMetadata metadata, final String what, final int width, final String key, final BundleChecks checks)
    {
        if (metadata.meaning() == OutputMeaning.BINARY && width != 1 && width != 2)
        {
            checks.error(key, what + " has " + width + " values per row; a BINARY model reads P(up) from a [N,1] or"
                + " [N,2] output (or set output.meaning: CLASS_PROBABILITIES with one label per class)");
        }
        else if (metadata.meaning() == OutputMeaning.CLASS_PROBABILITIES && width != metadata.labels().size())
        {
            checks.error("output.labels", metadata.labels().size() + " labels " + metadata.labels() + " but " + what
                + " has " + width + " classes; give one label per class");
        }
    }

    private static void checkLogistic(final ModelMetadata metadata, final LogisticSpec logistic, final BundleChecks checks)
    {
        final double[][] rows = logistic.coefficients();
        for (int r = 0; r < rows.length; r++)
        {
            if (rows[r].length != metadata.features().size())
            {
                checks.error("logistic.coefficients[" + r + "]", rows[r].length + " coefficients for "
                    + metadata.features().size() + " features; give one coefficient per feature");
            }
        }
        if (logistic.link() == LinkFunction.SOFTMAX && rows.length < 2)
        {
            checks.error("logistic.coefficients", "SOFTMAX needs one row per class, at least 2");
        }
        if (logistic.link() == LinkFunction.IDENTITY && metadata.calibration().kind() == CalibrationKind.NONE)
        {
            checks.error("calibration", "a linear (IDENTITY) score is not a probability; add calibration kind PLATT"
                + " or ISOTONIC to map it to P(up)");
        }
        checkOutputWidth(metadata, "the logistic block", rows.length, "logistic.coefficients", checks);
    }

    private static TreeEnsemble readTrees(final Path directory, final ModelMetadata metadata, final BundleChecks checks)
    {
        final OnnxSpec onnx = metadata.onnx().orElseThrow();
        try
        {
            final TreeEnsemble trees = OnnxTreeEnsembleReader.read(directory.resolve(onnx.file()),
                metadata.features().size());
            checkOutputWidth(metadata, "the TreeEnsembleClassifier", trees.classCount(), "trees", checks);
            if (!trees.outputName(1).equals(onnx.output()))
            {
                checks.error("onnx.output", "the built-in tree evaluator computes the TreeEnsembleClassifier's"
                    + " probabilities output '" + trees.outputName(1) + "', not '" + onnx.output() + "'; read that"
                    + " output");
            }
            return trees;
        }
        catch (final IOException | IllegalArgumentException ex)
        {
            checks.error("trees", "cannot use the trees of " + onnx.file() + ": " + ex.getMessage());
            return null;
        }
    }

    private List<ModelBundle> loadMembers(
        final Path directory, final ModelMetadata metadata, final int depth, final BundleChecks checks)
    {
        final List<ModelBundle> members = new ArrayList<>();
        if (metadata.members().isEmpty())
        {
            return members;
        }
        if (metadata.scorer() != ScorerKind.ENSEMBLE)
        {
            checks.error("members", "only scorer ENSEMBLE has members; remove them or set scorer: ENSEMBLE");
            return members;
        }
        if (depth >= MAX_ENSEMBLE_DEPTH)
        {
            checks.error("members", "ensembles nest deeper than " + MAX_ENSEMBLE_DEPTH + " levels (a cycle?)");
            return members;
        }
        for (int m = 0; m < metadata.members().size(); m++)
        {
            final String key = "members[" + m + "]";
            try
            {
                final ModelBundle member = load(directory.resolve(metadata.members().get(m).bundle()).normalize(),
                    depth + 1);
                if (!member.features().equals(metadata.features()))
                {
                    checks.error(key, "member " + member.directory() + " takes features " + member.features()
                        + " but the ensemble lists " + metadata.features() + "; members must take the same features");
                }
                else if (!member.labels().equals(metadata.labels()))
                {
                    checks.error(key, "member labels " + member.labels() + " differ from the ensemble's "
                        + metadata.labels());
                }
                members.add(member);
            }
            catch (final ModelBundleException ex)
            {
                checks.error(key, "member bundle is invalid:");
                checks.errors.addAll(ex.errors());
            }
        }
        return members;
    }

    /**
     * @param file a file.
     * @return its SHA-256 as 64 lower-case hex digits.
     * @throws IOException when it cannot be read.
     */
    public static String sha256(final Path file) throws IOException
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    private record BundleChecks(String file, List<ModelBundleError> errors)
    {
        void error(final String key, final String message)
        {
            errors.add(new ModelBundleError(file, key, message));
        }
    }
}
