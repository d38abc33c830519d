package io.ticksignal.train;

import java.util.List;

/**
 * A fitted gradient-boosted tree ensemble, evaluated exactly as the exported {@code ai.onnx.ml
 * TreeEnsembleClassifier} and the engine's built-in {@code TreeEnsembleScorer} evaluate it: each tree is walked with
 * {@code float(x) <= threshold} (float32 thresholds) going to the left ("true") child, the reached leaves' float32
 * values are summed per class in tree order (in double), the base value is added, then sigmoid (binary: output
 * {@code [sigmoid(-s), sigmoid(s)]}) or softmax (three classes). Immutable.
 *
 * @param featureCount number of input columns.
 * @param classCount 2 or 3.
 * @param baseValues the initial scores: one for binary (the log-odds), one per class otherwise (log priors).
 * @param trees      the trees in boosting order (3 classes: round by round, class by class).
 */
record GbdtModel(int featureCount, int classCount, float[] baseValues, List<Tree> trees) implements TrainedModel
{
    /** {@link Tree#feature} of a leaf. */
    static final int LEAF = -1;

    @Override
    public void predict(final double[] features, final double[] probabilities)
    {
        final int scoreCount = classCount == 2 ? 1 : classCount;
        for (int k = 0; k < scoreCount; k++)
        {
            probabilities[k] = 0.0;
        }
        for (final Tree tree : trees)
        {
            probabilities[tree.targetClass()] += tree.value()[tree.leafOf(features)];
        }
        if (classCount == 2)
        {
            final double s = probabilities[0] + baseValues[0];
            probabilities[0] = sigmoid(-s);
            probabilities[1] = sigmoid(s);
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classCount; k++)
        {
            probabilities[k] += baseValues[k];
            max = Math.max(max, probabilities[k]);
        }
        double sum = 0.0;
        for (int k = 0; k < classCount; k++)
        {
            probabilities[k] = Math.exp(probabilities[k] - max);
            sum += probabilities[k];
        }
        for (int k = 0; k < classCount; k++)
        {
            probabilities[k] /= sum;
        }
    }

    /**
     * @return total number of nodes over all trees.
     */
    int nodeCount()
    {
        int count = 0;
        for (final Tree tree : trees)
        {
            count += tree.feature().length;
        }
        return count;
    }

    private static double sigmoid(final double z)
    {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * One regression tree, nodes numbered in pre-order from the root (node 0).
     *
     * @param targetClass the class whose score the leaves add to (0 for binary).
     * @param feature     per node: the feature tested, or {@link #LEAF}.
     * @param threshold   per node: float32 threshold; {@code float(x) <= threshold} goes left.
     * @param left        per node: the left ("true") child.
     * @param right       per node: the right ("false") child.
     * @param value       per node: the leaf value (learning rate applied, float32), 0 for branch nodes.
     */
    record Tree(int targetClass, int[] feature, float[] threshold, int[] left, int[] right, float[] value)
    {
        int leafOf(final double[] features)
        {
            int node = 0;
            while (feature[node] != LEAF)
            {
                node = (float)features[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return node;
        }
    }
}
