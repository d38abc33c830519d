package io.ticksignal.engine.model.builtin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree-ensemble classifier flattened into primitive arrays, one slot per node of every tree: feature index,
 * float32 threshold, {@link NodeMode}, true and false child slots, missing-value direction, and each leaf's range of
 * class weights; plus per-tree root slots, base values and the {@link PostTransform}. Immutable once built;
 * evaluated by {@link TreeEnsembleScorer}.
 * <p>
 * Layouts reproduced from ONNX Runtime's {@code TreeEnsembleClassifier}: binary with every leaf weight on class 0
 * (e.g. gradient boosting: {@code s = sum + base_values[0]}, output {@code [T(-s), T(s)]}) with mixed-sign weights,
 * and three or more classes ({@code s_k = sum_k + base_values[k]}, then {@code T} per class or softmax). Other
 * layouts (binary with all-positive weights, weights on both binary classes, PROBIT, SOFTMAX_ZERO, the
 * {@code *_as_tensor} attributes) are rejected at load time with a message.
 */
public final class TreeEnsemble
{
    final int inputWidth;
    final int classCount;
    final int[] roots;
    final int[] feature;
    final float[] threshold;
    final byte[] mode;
    final int[] trueChild;
    final int[] falseChild;
    final boolean[] missingTracksTrue;
    final int[] weightStart;
    final int[] weightEnd;
    final int[] weightClass;
    final double[] weightValue;
    final double[] baseValues;
    final PostTransform postTransform;
    final ClassifierLayout layout;
    final BranchKind branchKind;
    private final String[] outputNames;

    private TreeEnsemble(final TreeEnsembleAttributes a, final int inputWidth)
    {
        rejectUnsupported(a);
        final long[] treeIds = a.ints("nodes_treeids");
        final long[] nodeIds = a.ints("nodes_nodeids");
        final int n = treeIds.length;
        final long[] missing = a.ints("nodes_missing_value_tracks_true");
        requireLength(n, nodeIds.length, "nodes_nodeids");
        requireLength(n, a.ints("nodes_featureids").length, "nodes_featureids");
        requireLength(n, a.floats("nodes_values").length, "nodes_values");
        requireLength(n, a.strings("nodes_modes").length, "nodes_modes");
        requireLength(n, a.ints("nodes_truenodeids").length, "nodes_truenodeids");
        requireLength(n, a.ints("nodes_falsenodeids").length, "nodes_falsenodeids");
        if (n == 0 || (missing.length != 0 && missing.length != n))
        {
            throw new IllegalArgumentException("the ensemble has no nodes or its node attributes differ in length");
        }
        this.inputWidth = inputWidth;
        this.classCount = Math.max(a.ints("classlabels_int64s").length, a.strings("classlabels_strings").length);
        final Map<Long, Integer> slots = new HashMap<>();
        for (int i = 0; i < n; i++)
        {
            if (slots.put(key(treeIds[i], nodeIds[i]), i) != null)
            {
                throw new IllegalArgumentException("tree " + treeIds[i] + " has node " + nodeIds[i] + " twice");
            }
        }
        this.feature = new int[n];
        this.threshold = a.floats("nodes_values").clone();
        this.mode = new byte[n];
        this.trueChild = new int[n];
        this.falseChild = new int[n];
        this.missingTracksTrue = new boolean[n];
        fillNodes(a, treeIds, slots, missing);
        this.weightStart = new int[n];
        this.weightEnd = new int[n];
        final int weightCount = a.floats("class_weights").length;
        this.weightClass = new int[weightCount];
        this.weightValue = new double[weightCount];
        fillWeights(a, slots);
        this.roots = findRoots(treeIds);
        this.postTransform = postTransform(a.scalar("post_transform", "NONE"));
        this.layout = layout();
        this.baseValues = baseValues(a.floats("base_values"));
        this.outputNames = a.strings("__outputs");
        this.branchKind = branchKind();
    }

    private BranchKind branchKind()
    {
        for (int i = 0; i < mode.length; i++)
        {
            if (missingTracksTrue[i] || (mode[i] != NodeMode.LEAF.ordinal() && mode[i] != NodeMode.BRANCH_LEQ.ordinal()))
            {
                return BranchKind.MIXED;
            }
        }
        return BranchKind.ALL_LEQ;
    }

    /**
     * @param attributes the node's attributes.
     * @param inputWidth number of input columns.
     * @return the flattened, validated ensemble.
     * @throws IllegalArgumentException saying what is malformed or unsupported.
     */
    static TreeEnsemble of(final TreeEnsembleAttributes attributes, final int inputWidth)
    {
        return new TreeEnsemble(attributes, inputWidth);
    }

    /**
     * @return number of trees.
     */
    public int treeCount()
    {
        return roots.length;
    }

    /**
     * @return number of nodes over all trees.
     */
    public int nodeCount()
    {
        return feature.length;
    }

    /**
     * @return number of classes (2 for binary); the evaluator's output width.
     */
    public int classCount()
    {
        return classCount;
    }

    /**
     * @return number of input columns.
     */
    public int inputWidth()
    {
        return inputWidth;
    }

    /**
     * @param index output index of the ONNX node (0 = label, 1 = probabilities).
     * @return that output's name in the graph, or empty when the node has no such output.
     */
    public String outputName(final int index)
    {
        return index < outputNames.length ? outputNames[index] : "";
    }

    private static void rejectUnsupported(final TreeEnsembleAttributes a)
    {
        for (final String name : new String[] {"nodes_values_as_tensor", "base_values_as_tensor",
            "class_weights_as_tensor"})
        {
            if (a.has(name))
            {
                throw new IllegalArgumentException("attribute " + name + " (double precision trees) is not supported"
                    + " by the built-in evaluator; use scorer ONNX");
            }
        }
    }

    private void fillNodes(
        final TreeEnsembleAttributes a, final long[] treeIds, final Map<Long, Integer> slots, final long[] missing)
    {
        final long[] featureIds = a.ints("nodes_featureids");
        final String[] modes = a.strings("nodes_modes");
        final long[] trueIds = a.ints("nodes_truenodeids");
        final long[] falseIds = a.ints("nodes_falsenodeids");
        for (int i = 0; i < feature.length; i++)
        {
            final NodeMode nodeMode = nodeMode(modes[i]);
            mode[i] = (byte)nodeMode.ordinal();
            missingTracksTrue[i] = missing.length > 0 && missing[i] != 0;
            if (nodeMode != NodeMode.LEAF)
            {
                if (featureIds[i] < 0 || featureIds[i] >= inputWidth)
                {
                    throw new IllegalArgumentException("tree " + treeIds[i] + " tests feature " + featureIds[i]
                        + " but the model has " + inputWidth + " input columns");
                }
                feature[i] = (int)featureIds[i];
                trueChild[i] = child(slots, treeIds[i], trueIds[i]);
                falseChild[i] = child(slots, treeIds[i], falseIds[i]);
            }
        }
    }

    private void fillWeights(final TreeEnsembleAttributes a, final Map<Long, Integer> slots)
    {
        final long[] treeIds = a.ints("class_treeids");
        final long[] nodeIds = a.ints("class_nodeids");
        final long[] classIds = a.ints("class_ids");
        final float[] weights = a.floats("class_weights");
        final int count = weights.length;
        if (treeIds.length != count || nodeIds.length != count || classIds.length != count)
        {
            throw new IllegalArgumentException("class_treeids, class_nodeids, class_ids and class_weights differ in"
                + " length");
        }
        final int[] slotOfWeight = new int[count];
        final int[] perSlot = new int[feature.length + 1];
        for (int w = 0; w < count; w++)
        {
            final Integer slot = slots.get(key(treeIds[w], nodeIds[w]));
            if (slot == null || mode[slot] != NodeMode.LEAF.ordinal())
            {
                throw new IllegalArgumentException("class weight " + w + " names tree " + treeIds[w] + " node "
                    + nodeIds[w] + ", which is not a leaf");
            }
            if (classIds[w] < 0 || classIds[w] >= classCount)
            {
                throw new IllegalArgumentException("class weight " + w + " is for class " + classIds[w] + " but there"
                    + " are " + classCount + " class labels");
            }
            slotOfWeight[w] = slot;
            perSlot[slot + 1]++;
        }
        for (int s = 0; s < feature.length; s++)
        {
            perSlot[s + 1] += perSlot[s];
            weightStart[s] = perSlot[s];
            weightEnd[s] = perSlot[s];
        }
        for (int w = 0; w < count; w++)
        {
            final int target = weightEnd[slotOfWeight[w]]++;
            weightClass[target] = (int)classIds[w];
            weightValue[target] = weights[w];
        }
    }

    private int[] findRoots(final long[] treeIds)
    {
        final List<Integer> rootSlots = new ArrayList<>();
        final boolean[] isChild = new boolean[feature.length];
        for (int i = 0; i < feature.length; i++)
        {
            if (mode[i] != NodeMode.LEAF.ordinal())
            {
                isChild[trueChild[i]] = true;
                isChild[falseChild[i]] = true;
            }
        }
        final Map<Long, Integer> rootOfTree = new HashMap<>();
        for (int i = 0; i < feature.length; i++)
        {
            if (!isChild[i] && rootOfTree.put(treeIds[i], i) != null)
            {
                throw new IllegalArgumentException("tree " + treeIds[i] + " has more than one root");
            }
            if (!isChild[i])
            {
                rootSlots.add(i);
            }
        }
        final boolean[] seen = new boolean[feature.length];
        final Deque<Integer> stack = new ArrayDeque<>();
        for (final int root : rootSlots)
        {
            stack.push(root);
            while (!stack.isEmpty())
            {
                final int slot = stack.pop();
                if (seen[slot])
                {
                    throw new IllegalArgumentException("tree " + treeIds[slot] + " is not a tree (node reached twice)");
                }
                seen[slot] = true;
                if (mode[slot] != NodeMode.LEAF.ordinal())
                {
                    stack.push(trueChild[slot]);
                    stack.push(falseChild[slot]);
                }
            }
        }
        return rootSlots.stream().mapToInt(Integer::intValue).toArray();
    }

    private ClassifierLayout layout()
    {
        if (classCount < 2)
        {
            throw new IllegalArgumentException("the ensemble has " + classCount + " class labels; at least 2 needed");
        }
        if (classCount > 2)
        {
            return ClassifierLayout.MULTI_CLASS;
        }
        boolean allPositive = true;
        for (int w = 0; w < weightClass.length; w++)
        {
            if (weightClass[w] != 0)
            {
                throw new IllegalArgumentException("binary ensemble with weights on class 1: ONNX Runtime's output for"
                    + " this layout is not reproduced by the built-in evaluator; use scorer ONNX");
            }
            allPositive &= weightValue[w] >= 0.0;
        }
        if (allPositive || postTransform == PostTransform.SOFTMAX)
        {
            throw new IllegalArgumentException("binary ensemble with all-positive weights or SOFTMAX: ONNX Runtime's"
                + " output for this layout is not reproduced by the built-in evaluator; use scorer ONNX");
        }
        return ClassifierLayout.BINARY_SINGLE_SCORE;
    }

    private double[] baseValues(final float[] base)
    {
        final int expected = layout == ClassifierLayout.BINARY_SINGLE_SCORE ? 1 : classCount;
        if (base.length != 0 && base.length != expected)
        {
            throw new IllegalArgumentException("base_values has " + base.length + " values; expected 0 or " + expected);
        }
        final double[] values = new double[expected];
        for (int i = 0; i < base.length; i++)
        {
            values[i] = base[i];
        }
        return values;
    }

    private static NodeMode nodeMode(final String text)
    {
        try
        {
            return NodeMode.valueOf(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("unknown node mode '" + text + "'; known: BRANCH_LEQ, BRANCH_LT,"
                + " BRANCH_GTE, BRANCH_GT, BRANCH_EQ, BRANCH_NEQ, LEAF", ex);
        }
    }

    private static PostTransform postTransform(final String text)
    {
        try
        {
            return PostTransform.valueOf(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("post_transform " + text + " is not supported by the built-in"
                + " evaluator (NONE, LOGISTIC, SOFTMAX); use scorer ONNX", ex);
        }
    }

    private static int child(final Map<Long, Integer> slots, final long treeId, final long nodeId)
    {
        final Integer slot = slots.get(key(treeId, nodeId));
        if (slot == null)
        {
            throw new IllegalArgumentException("tree " + treeId + " points to node " + nodeId + ", which it lacks");
        }
        return slot;
    }

    private static void requireLength(final int expected, final int actual, final String name)
    {
        if (expected != actual)
        {
            throw new IllegalArgumentException(name + " has " + actual + " values but nodes_treeids has " + expected);
        }
    }

    private static long key(final long treeId, final long nodeId)
    {
        return treeId << 32 | (nodeId & 0xFFFF_FFFFL);
    }

    /**
     * Whether every branch is {@code x <= t} with missing values going false (e.g. scikit-learn trees): then the
     * evaluator takes a tighter loop (a NaN compares false, which is the false child, as ONNX Runtime does).
     */
    enum BranchKind
    {
        /** Every branch node is BRANCH_LEQ and no node sends missing values to its true child. */
        ALL_LEQ,
        /** Anything else. */
        MIXED
    }

    /**
     * How the summed scores become the output.
     */
    enum ClassifierLayout
    {
        /** Two classes, one score {@code s} on class 0: output {@code [T(-s), T(s)]}. */
        BINARY_SINGLE_SCORE,
        /** Three or more classes: one score per class, then {@code T}. */
        MULTI_CLASS
    }
}
