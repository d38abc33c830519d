package io.ticksignal.engine.model.builtin;

import java.util.Arrays;

import io.ticksignal.engine.model.ModelScorer;

/**
 * Evaluates a {@link TreeEnsemble}: each tree is walked from its root over the flattened arrays (inputs are rounded
 * to float32 first, as ONNX Runtime's float input is, so every branch decision agrees with it), the reached leaf's
 * class weights are summed in double precision, base values added, then the {@link PostTransform}. Output: one
 * probability (or score) per class.
 * <p>
 * Thread: one instance per thread (it owns a scratch array). Allocation: none per call.
 */
public final class TreeEnsembleScorer implements ModelScorer
{
    private static final byte LEQ = (byte)NodeMode.BRANCH_LEQ.ordinal();
    private static final byte LT = (byte)NodeMode.BRANCH_LT.ordinal();
    private static final byte GTE = (byte)NodeMode.BRANCH_GTE.ordinal();
    private static final byte GT = (byte)NodeMode.BRANCH_GT.ordinal();
    private static final byte EQ = (byte)NodeMode.BRANCH_EQ.ordinal();
    private static final byte LEAF = (byte)NodeMode.LEAF.ordinal();

    private final TreeEnsemble trees;
    private final double[] scores;

    /**
     * @param trees the ensemble.
     */
    public TreeEnsembleScorer(final TreeEnsemble trees)
    {
        this.trees = trees;
        this.scores = new double[trees.classCount];
    }

    @Override
    public int inputWidth()
    {
        return trees.inputWidth;
    }

    @Override
    public int outputWidth()
    {
        return trees.classCount;
    }

    /**
     * @return the ensemble evaluated.
     */
    public TreeEnsemble trees()
    {
        return trees;
    }

    @Override
    public void score(final double[] features, final double[] output)
    {
        final double[] scores = this.scores;
        Arrays.fill(scores, 0.0);
        final TreeEnsemble t = trees;
        final int[] roots = t.roots;
        for (int tree = 0; tree < roots.length; tree++)
        {
            final int leaf = t.branchKind == TreeEnsemble.BranchKind.ALL_LEQ ? leafAllLeq(t, roots[tree], features)
                : leaf(t, roots[tree], features);
            for (int w = t.weightStart[leaf], end = t.weightEnd[leaf]; w < end; w++)
            {
                scores[t.weightClass[w]] += t.weightValue[w];
            }
        }
        if (t.layout == TreeEnsemble.ClassifierLayout.BINARY_SINGLE_SCORE)
        {
            final double s = scores[0] + t.baseValues[0];
            if (t.postTransform == PostTransform.LOGISTIC)
            {
                output[0] = sigmoid(-s);
                output[1] = sigmoid(s);
            }
            else
            {
                output[0] = -s;
                output[1] = s;
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scores.length; k++)
        {
            output[k] = scores[k] + t.baseValues[k];
            max = Math.max(max, output[k]);
        }
        if (t.postTransform == PostTransform.LOGISTIC)
        {
            for (int k = 0; k < scores.length; k++)
            {
                output[k] = sigmoid(output[k]);
            }
        }
        else if (t.postTransform == PostTransform.SOFTMAX)
        {
            LogisticScorer.softmax(output, scores.length, max);
        }
    }

    private static int leafAllLeq(final TreeEnsemble t, final int root, final double[] features)
    {
        final byte[] mode = t.mode;
        final int[] feature = t.feature;
        final float[] threshold = t.threshold;
        int node = root;
        while (mode[node] != LEAF)
        {
            node = (float)features[feature[node]] <= threshold[node] ? t.trueChild[node] : t.falseChild[node];
        }
        return node;
    }

    private static int leaf(final TreeEnsemble t, final int root, final double[] features)
    {
        int node = root;
        byte mode = t.mode[node];
        while (mode != LEAF)
        {
            final float x = (float)features[t.feature[node]];
            final float threshold = t.threshold[node];
            final boolean goTrue;
            if (x != x)
            {
                goTrue = t.missingTracksTrue[node] || mode == (byte)NodeMode.BRANCH_NEQ.ordinal();
            }
            else if (mode == LEQ)
            {
                goTrue = x <= threshold;
            }
            else if (mode == LT)
            {
                goTrue = x < threshold;
            }
            else if (mode == GTE)
            {
                goTrue = x >= threshold;
            }
            else if (mode == GT)
            {
                goTrue = x > threshold;
            }
            else if (mode == EQ)
            {
                goTrue = x == threshold;
            }
            else
            {
                goTrue = x != threshold;
            }
            node = goTrue ? t.trueChild[node] : t.falseChild[node];
            mode = t.mode[node];
        }
        return node;
    }

    private static double sigmoid(final double z)
    {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public void close()
    {
    }
}
