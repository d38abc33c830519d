package io.ticksignal.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Gradient boosting of regression trees on the log loss (Friedman's gradient boosting with Newton leaf values, as in
 * XGBoost): binary grows one tree per round on the log-odds score, three classes one tree per class per round on the
 * softmax scores. Per row {@code g = w (p - y)}, {@code h = w p (1 - p)} (w = sample weight); a node's value is
 * {@code -G / (H + leafL2)} times the learning rate, rounded to float32; a split's gain is
 * {@code G_L^2/(H_L+leafL2) + G_R^2/(H_R+leafL2) - G^2/(H+leafL2)}, and a node splits on the largest positive gain
 * with at least {@code minLeaf} rows on each side, up to {@code depth} levels.
 * <p>
 * Split search is exact and deterministic: per feature, the node's rows sorted by (float32 value, row); candidate
 * thresholds lie between consecutive distinct float32 values, at the float32 midpoint when it lies in
 * {@code [lower, upper)}, else at the lower value; {@code float(x) <= threshold} goes left, the comparison ONNX
 * Runtime and the engine make. Ties in gain go to the lower feature index, then the lower threshold. The initial
 * score is the weighted log-odds (binary) or the weighted log priors (per class), rounded to float32. Cold path.
 */
final class GbdtTrainer
{
    private final int treeCount;
    private final int maxDepth;
    private final double learningRate;
    private final int minLeaf;
    private final double leafL2;

    GbdtTrainer(final int treeCount, final int maxDepth, final double learningRate, final int minLeaf,
        final double leafL2)
    {
        this.treeCount = treeCount;
        this.maxDepth = maxDepth;
        this.learningRate = learningRate;
        this.minLeaf = minLeaf;
        this.leafL2 = leafL2;
    }

    /**
     * @param x        all rows' features.
     * @param y        all rows' classes.
     * @param weights  all rows' sample weights.
     * @param rows     the rows to fit.
     * @param classes  2 or 3.
     * @param progress told the number of rounds done after each round.
     * @return the fitted ensemble.
     * @throws TrainingException when no tree could split (nothing was learnt).
     */
    GbdtModel fit(final double[][] x, final int[] y, final double[] weights, final RowRange rows, final int classes,
        final IntConsumer progress)
    {
        final Growth growth = new Growth(x, rows);
        final int n = rows.size();
        final int scoreCount = classes == 2 ? 1 : classes;
        final float[] base = baseValues(y, weights, rows, classes);
        final double[][] scores = new double[n][scoreCount];
        for (final double[] row : scores)
        {
            for (int k = 0; k < scoreCount; k++)
            {
                row[k] = base[k];
            }
        }
        final double[] p = new double[n * scoreCount];
        final List<GbdtModel.Tree> trees = new ArrayList<>();
        for (int round = 0; round < treeCount; round++)
        {
            probabilities(scores, p);
            for (int k = 0; k < scoreCount; k++)
            {
                for (int i = 0; i < n; i++)
                {
                    final int label = y[rows.start() + i];
                    final double target = classes == 2 ? (label == 1 ? 1.0 : 0.0) : (label == k ? 1.0 : 0.0);
                    final double pk = p[i * scoreCount + k];
                    final double w = weights[rows.start() + i];
                    growth.gradient[i] = w * (pk - target);
                    growth.hessian[i] = w * pk * (1.0 - pk);
                }
                trees.add(growth.grow(k, scores));
            }
            progress.accept(round + 1);
        }
        final GbdtModel model = new GbdtModel(x[rows.start()].length, classes, base, List.copyOf(trees));
        requireMixedSigns(model);
        return model;
    }

    private static void requireMixedSigns(final GbdtModel model)
    {
        boolean split = false;
        boolean negativeLeaf = false;
        for (final GbdtModel.Tree tree : model.trees())
        {
            for (int node = 0; node < tree.feature().length; node++)
            {
                split |= tree.feature()[node] != GbdtModel.LEAF;
                negativeLeaf |= tree.feature()[node] == GbdtModel.LEAF && tree.value()[node] < 0.0f;
            }
        }
        if (!split)
        {
            throw new TrainingException("gbdt: no tree found a useful split, so the model learnt nothing; lower"
                + " --min-leaf, raise --depth or --trees, or add rows");
        }
        if (!negativeLeaf && model.classCount() == 2)
        {
            // ONNX Runtime reads a binary TreeEnsembleClassifier whose weights are all positive differently (as a
            // probability, not a score), and the engine's evaluator refuses that layout: such a model cannot ship.
            throw new TrainingException("gbdt: every leaf value is 0 or positive, a layout ONNX Runtime reads as"
                + " probabilities rather than scores; change --learning-rate, --trees or --min-leaf and train again");
        }
    }

    static float[] baseValues(final int[] y, final double[] weights, final RowRange rows, final int classes)
    {
        final double[] perClass = new double[classes];
        double total = 0.0;
        for (int i = rows.start(); i < rows.end(); i++)
        {
            perClass[y[i]] += weights[i];
            total += weights[i];
        }
        if (classes == 2)
        {
            return new float[] {(float)Math.log(perClass[1] / perClass[0])};
        }
        final float[] base = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            base[k] = (float)Math.log(perClass[k] / total);
        }
        return base;
    }

    private static void probabilities(final double[][] scores, final double[] p)
    {
        final int count = scores[0].length;
        for (int i = 0; i < scores.length; i++)
        {
            if (count == 1)
            {
                p[i] = 1.0 / (1.0 + Math.exp(-scores[i][0]));
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++)
            {
                max = Math.max(max, scores[i][k]);
            }
            double sum = 0.0;
            for (int k = 0; k < count; k++)
            {
                p[i * count + k] = Math.exp(scores[i][k] - max);
                sum += p[i * count + k];
            }
            for (int k = 0; k < count; k++)
            {
                p[i * count + k] /= sum;
            }
        }
    }

    /**
     * The state of growing trees over one fit: float32 feature columns, each feature's row order, and per-tree
     * scratch (gradients, Hessians, the node segments' row orders).
     */
    private final class Growth
    {
        final float[][] columns;
        final int[][] sorted;
        final int[][] order;
        final int[] scratch;
        final double[] gradient;
        final double[] hessian;
        private final List<int[]> branches = new ArrayList<>();
        private final List<float[]> values = new ArrayList<>();
        private int targetClass;
        private double[][] scores;

        Growth(final double[][] x, final RowRange rows)
        {
            final int n = rows.size();
            final int width = x[rows.start()].length;
            columns = new float[width][n];
            sorted = new int[width][];
            order = new int[width][n];
            scratch = new int[n];
            gradient = new double[n];
            hessian = new double[n];
            for (int f = 0; f < width; f++)
            {
                final float[] column = columns[f];
                for (int i = 0; i < n; i++)
                {
                    column[i] = (float)x[rows.start() + i][f];
                }
                sorted[f] = IntStream.range(0, n).boxed()
                    .sorted((a, b) -> column[a] != column[b] ? Float.compare(column[a], column[b])
                        : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
            }
        }

        GbdtModel.Tree grow(final int target, final double[][] rowScores)
        {
            this.targetClass = target;
            this.scores = rowScores;
            branches.clear();
            values.clear();
            for (int f = 0; f < order.length; f++)
            {
                System.arraycopy(sorted[f], 0, order[f], 0, sorted[f].length);
            }
            build(0, scratch.length, 0);
            final int size = branches.size();
            final int[] feature = new int[size];
            final float[] threshold = new float[size];
            final int[] left = new int[size];
            final int[] right = new int[size];
            final float[] value = new float[size];
            for (int node = 0; node < size; node++)
            {
                feature[node] = branches.get(node)[0];
                left[node] = branches.get(node)[1];
                right[node] = branches.get(node)[2];
                threshold[node] = values.get(node)[0];
                value[node] = values.get(node)[1];
            }
            return new GbdtModel.Tree(target, feature, threshold, left, right, value);
        }

        private int build(final int start, final int end, final int depth)
        {
            final int id = branches.size();
            branches.add(new int[] {GbdtModel.LEAF, 0, 0});
            values.add(new float[] {0.0f, 0.0f});
            double g = 0.0;
            double h = 0.0;
            for (int i = start; i < end; i++)
            {
                g += gradient[order[0][i]];
                h += hessian[order[0][i]];
            }
            final Split split = depth < maxDepth && end - start >= 2 * minLeaf ? bestSplit(start, end, g, h) : null;
            if (split == null)
            {
                final float leaf = h + leafL2 > 0.0 ? (float)(-learningRate * g / (h + leafL2)) : 0.0f;
                values.get(id)[1] = leaf;
                for (int i = start; i < end; i++)
                {
                    scores[order[0][i]][targetClass] += leaf;
                }
                return id;
            }
            partition(start, end, split);
            final int leftChild = build(start, start + split.leftCount, depth + 1);
            final int rightChild = build(start + split.leftCount, end, depth + 1);
            branches.set(id, new int[] {split.feature, leftChild, rightChild});
            values.get(id)[0] = split.threshold;
            return id;
        }

        private Split bestSplit(final int start, final int end, final double g, final double h)
        {
            final int count = end - start;
            final double parent = g * g / (h + leafL2);
            Split best = null;
            double bestGain = 0.0;
            for (int f = 0; f < columns.length; f++)
            {
                final int[] rows = order[f];
                final float[] column = columns[f];
                double gl = 0.0;
                double hl = 0.0;
                for (int i = start; i < end - 1; i++)
                {
                    final int row = rows[i];
                    gl += gradient[row];
                    hl += hessian[row];
                    final int leftCount = i - start + 1;
                    if (count - leftCount < minLeaf)
                    {
                        break;
                    }
                    final float value = column[row];
                    final float next = column[rows[i + 1]];
                    if (value == next || leftCount < minLeaf || !(hl + leafL2 > 0.0) || !(h - hl + leafL2 > 0.0))
                    {
                        continue;
                    }
                    final double gr = g - gl;
                    final double gain = gl * gl / (hl + leafL2) + gr * gr / (h - hl + leafL2) - parent;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = new Split(f, threshold(value, next), leftCount);
                    }
                }
            }
            return best;
        }

        private void partition(final int start, final int end, final Split split)
        {
            final float[] column = columns[split.feature];
            for (int f = 0; f < order.length; f++)
            {
                final int[] rows = order[f];
                int left = start;
                int right = start + split.leftCount;
                for (int i = start; i < end; i++)
                {
                    final int row = rows[i];
                    if (column[row] <= split.threshold)
                    {
                        scratch[left++] = row;
                    }
                    else
                    {
                        scratch[right++] = row;
                    }
                }
                System.arraycopy(scratch, start, rows, start, end - start);
            }
        }
    }

    /**
     * @return a float32 threshold {@code t} with {@code lower <= t < upper}: the midpoint when it rounds inside.
     */
    static float threshold(final float lower, final float upper)
    {
        final float middle = (float)(((double)lower + (double)upper) / 2.0);
        return middle >= lower && middle < upper ? middle : lower;
    }

    private record Split(int feature, float threshold, int leftCount)
    {
    }
}
