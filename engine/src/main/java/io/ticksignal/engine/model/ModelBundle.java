package io.ticksignal.engine.model;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.ticksignal.engine.model.builtin.LogisticScorer;
import io.ticksignal.engine.model.builtin.TreeEnsemble;
import io.ticksignal.engine.model.builtin.TreeEnsembleScorer;
import io.ticksignal.engine.model.ensemble.EnsembleScorer;
import io.ticksignal.engine.model.onnx.OnnxScorer;
import io.ticksignal.engine.model.onnx.OnnxScorerOptions;

/**
 * A loaded, validated model bundle: its metadata, and factories for its scorers. Load with
 * {@link ModelBundleLoader#load} (or {@link #load}). Immutable and thread-safe; opening scorers is cold-path, and each
 * opened scorer belongs to one thread.
 */
public final class ModelBundle
{
    private final Path directory;
    private final ModelMetadata metadata;
    private final TreeEnsemble trees;
    private final List<ModelBundle> members;
    private final OnnxScorerOptions onnxOptions;

    ModelBundle(
        final Path directory,
        final ModelMetadata metadata,
        final TreeEnsemble trees,
        final List<ModelBundle> members,
        final OnnxScorerOptions onnxOptions)
    {
        this.directory = directory;
        this.metadata = metadata;
        this.trees = trees;
        this.members = List.copyOf(members);
        this.onnxOptions = onnxOptions;
    }

    /**
     * @param directory the bundle directory.
     * @return the bundle, with default ONNX Runtime options.
     * @throws ModelBundleException with every problem found.
     */
    public static ModelBundle load(final Path directory)
    {
        return new ModelBundleLoader().load(directory);
    }

    /**
     * @return the bundle directory.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * @return the validated metadata.
     */
    public ModelMetadata metadata()
    {
        return metadata;
    }

    /**
     * @return the feature expressions, one per input column, in order.
     */
    public List<String> features()
    {
        return metadata.features();
    }

    /**
     * @return the class labels in the order bundle scorers write probabilities.
     */
    public List<String> labels()
    {
        return metadata.labels();
    }

    /**
     * @return the decision thresholds.
     */
    public DecisionThresholds thresholds()
    {
        return metadata.thresholds();
    }

    /**
     * @return the member bundles of an ensemble (empty otherwise).
     */
    public List<ModelBundle> members()
    {
        return members;
    }

    /**
     * @return the scorers this bundle can open: its own kind plus any other the metadata provides for (e.g. an
     *         ONNX logistic model with a {@code logistic:} block can also run the built-in scorer).
     */
    public Set<ScorerKind> availableScorers()
    {
        final Set<ScorerKind> kinds = EnumSet.of(metadata.scorer());
        metadata.onnx().ifPresent(onnx -> kinds.add(ScorerKind.ONNX));
        metadata.logistic().ifPresent(logistic -> kinds.add(ScorerKind.LOGISTIC));
        if (trees != null)
        {
            kinds.add(ScorerKind.TREE_ENSEMBLE);
        }
        return kinds;
    }

    /**
     * @return a new scorer of the bundle's own kind, calibrated, writing class probabilities in label order.
     */
    public BundleScorer openScorer()
    {
        return openScorer(metadata.scorer());
    }

    /**
     * @param kind one of {@link #availableScorers()}.
     * @return a new scorer of that kind, calibrated, writing class probabilities in label order; close it when done.
     * @throws IllegalArgumentException when the bundle does not provide that kind.
     */
    public BundleScorer openScorer(final ScorerKind kind)
    {
        return new BundleScorer(openRawScorer(kind), metadata.meaning(), metadata.calibration(), metadata.labels(),
            metadata.thresholds());
    }

    /**
     * @param kind one of {@link #availableScorers()}.
     * @return a new raw scorer (the model's output as is, uncalibrated); close it when done.
     * @throws IllegalArgumentException when the bundle does not provide that kind.
     */
    public ModelScorer openRawScorer(final ScorerKind kind)
    {
        if (!availableScorers().contains(kind))
        {
            throw new IllegalArgumentException("bundle " + directory + " has no " + kind + " scorer; it has "
                + availableScorers());
        }
        return switch (kind)
        {
            case ONNX ->
            {
                final OnnxSpec onnx = metadata.onnx().orElseThrow();
                yield OnnxScorer.open(directory.resolve(onnx.file()), onnx.input(), onnx.output(),
                    metadata.features().size(), onnxOptions);
            }
            case LOGISTIC ->
            {
                final LogisticSpec logistic = metadata.logistic().orElseThrow();
                yield new LogisticScorer(logistic.coefficients(), logistic.intercepts(), logistic.link());
            }
            case TREE_ENSEMBLE -> new TreeEnsembleScorer(trees);
            case ENSEMBLE -> openEnsemble();
        };
    }

    private ModelScorer openEnsemble()
    {
        final ModelScorer[] scorers = new ModelScorer[members.size()];
        final double[] weights = new double[members.size()];
        for (int m = 0; m < scorers.length; m++)
        {
            scorers[m] = members.get(m).openScorer();
            weights[m] = metadata.members().get(m).weight();
        }
        return new EnsembleScorer(scorers, weights);
    }

    @Override
    public String toString()
    {
        return metadata.name() + " v" + metadata.version() + " (" + metadata.scorer() + ", " + directory + ")";
    }
}
