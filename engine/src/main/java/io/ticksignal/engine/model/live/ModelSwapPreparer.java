package io.ticksignal.engine.model.live;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleException;
import io.ticksignal.engine.pipeline.BundleDecisionScorer;
import io.ticksignal.engine.pipeline.FeatureStage;

/**
 * Loads and validates a bundle for a swap and opens its scorer over a pipeline's feature stage: everything a swap
 * needs that is slow or can fail, so that the pipeline thread only has to put the scorer in place.
 * <p>
 * Thread: the loader thread (live) or the replaying thread; the feature stage is only read (its columns are fixed
 * at construction). Allocation: cold path.
 */
public final class ModelSwapPreparer
{
    private final FeatureStage features;

    /**
     * @param features the pipeline's feature stage.
     */
    public ModelSwapPreparer(final FeatureStage features)
    {
        this.features = features;
    }

    /**
     * @param bundleDirectory the bundle directory.
     * @return the prepared swap.
     * @throws ModelSwapException naming the bundle and every reason it cannot be swapped in.
     */
    public PreparedSwap prepare(final Path bundleDirectory)
    {
        final Path directory = bundleDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory))
        {
            throw new ModelSwapException("model swap: bundle " + directory + " is not a directory", null);
        }
        final String sha256;
        final ModelBundle bundle;
        try
        {
            sha256 = ModelSwapDetail.sha256OfModelYaml(directory);
            bundle = ModelBundle.load(directory);
        }
        catch (final ModelBundleException | UncheckedIOException ex)
        {
            throw new ModelSwapException("model swap rejected, the old model keeps running: " + ex.getMessage(), ex);
        }
        try
        {
            final BundleDecisionScorer scorer = BundleDecisionScorer.open(bundle, features);
            final ModelSwapDetail detail = new ModelSwapDetail(
                bundle.metadata().name(), bundle.metadata().version(), directory, sha256);
            return new PreparedSwap(scorer, detail);
        }
        catch (final RuntimeException ex)
        {
            // Features not computed, labels without a direction, or the scorer failing to open (an ONNX Runtime
            // session): all refuse the swap, with the cause kept.
            throw new ModelSwapException("model swap rejected, the old model keeps running: " + ex.getMessage(), ex);
        }
    }
}
