package io.ticksignal.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * Writes trained models as ONNX {@code ModelProto} bytes (IR version 8, opset 13, plus {@code ai.onnx.ml} 1 for
 * trees), with one float32 input {@value #INPUT} of shape {@code [N, F]}:
 * <ul>
 *     <li>logistic: {@code Cast(double) -> MatMul(W) -> Add(B) -> Sigmoid | Softmax(axis 1) -> Cast(float)}, output
 *     {@value #P_UP} {@code [N, 1]} (binary) or {@value #PROBABILITIES} {@code [N, K]}. The weights are double
 *     initializers and the arithmetic is double, so ONNX Runtime computes the trainer's own function (the only
 *     rounding is the float32 input and output);</li>
 *     <li>gradient-boosted trees: one {@code TreeEnsembleClassifier} (class labels 0..K-1, {@code BRANCH_LEQ} nodes
 *     with float32 thresholds, leaf values as class weights: binary all on class 0 with {@code post_transform
 *     LOGISTIC} and one base value, the layout ONNX Runtime turns into {@code [sigmoid(-s), sigmoid(s)]}; three
 *     classes on their own class with {@code SOFTMAX}), outputs {@code label} int64 {@code [N]} and
 *     {@value #PROBABILITIES} float {@code [N, K]} (no ZipMap).</li>
 * </ul>
 * Deterministic: the same model gives the same bytes. Cold path; stateless.
 */
final class OnnxExporter
{
    static final String INPUT = "features";
    static final String P_UP = "p_up";
    static final String PROBABILITIES = "probabilities";

    private static final long IR_VERSION = 8;
    private static final long OPSET = 13;
    private static final long ML_OPSET = 1;
    private static final String ML_DOMAIN = "ai.onnx.ml";
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int DOUBLE = 11;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_STRING = 3;
    private static final int ATTRIBUTE_FLOATS = 6;
    private static final int ATTRIBUTE_INTS = 7;
    private static final int ATTRIBUTE_STRINGS = 8;

    private OnnxExporter()
    {
    }

    /**
     * @param model the logistic model.
     * @return the name of the output the bundle reads.
     */
    static String outputName(final TrainedModel model)
    {
        return model instanceof LogisticModel logistic && logistic.link() == LinkFunction.SIGMOID ? P_UP
            : PROBABILITIES;
    }

    static byte[] export(final TrainedModel model, final String graphName)
    {
        if (model instanceof LogisticModel logistic)
        {
            return logistic(logistic, graphName);
        }
        return trees((GbdtModel)model, graphName);
    }

    static byte[] logistic(final LogisticModel model, final String graphName)
    {
        final int width = model.featureCount();
        final int rows = model.coefficients().length;
        final double[] weights = new double[width * rows];
        for (int i = 0; i < width; i++)
        {
            for (int r = 0; r < rows; r++)
            {
                weights[i * rows + r] = model.coefficients()[r][i];
            }
        }
        final String output = outputName(model);
        final ProtoWriter graph = new ProtoWriter();
        graph.message(1, node("Cast", "", List.of(INPUT), "x", attribute("to", ATTRIBUTE_INT).int64(3, DOUBLE)));
        graph.message(1, node("MatMul", "", List.of("x", "W"), "z0"));
        graph.message(1, node("Add", "", List.of("z0", "B"), "z"));
        if (model.link() == LinkFunction.SIGMOID)
        {
            graph.message(1, node("Sigmoid", "", List.of("z"), "p"));
        }
        else
        {
            graph.message(1, node("Softmax", "", List.of("z"), "p", attribute("axis", ATTRIBUTE_INT).int64(3, 1)));
        }
        graph.message(1, node("Cast", "", List.of("p"), output, attribute("to", ATTRIBUTE_INT).int64(3, FLOAT)));
        graph.string(2, graphName);
        graph.message(5, doubleTensor("W", new long[] {width, rows}, weights));
        graph.message(5, doubleTensor("B", new long[] {rows}, model.intercepts()));
        graph.message(11, valueInfo(INPUT, FLOAT, width));
        graph.message(12, valueInfo(output, FLOAT, rows));
        return modelProto(graph, false);
    }

    static byte[] trees(final GbdtModel model, final String graphName)
    {
        final List<Long> treeIds = new ArrayList<>();
        final List<Long> nodeIds = new ArrayList<>();
        final List<Long> featureIds = new ArrayList<>();
        final List<Float> values = new ArrayList<>();
        final List<String> modes = new ArrayList<>();
        final List<Long> trueIds = new ArrayList<>();
        final List<Long> falseIds = new ArrayList<>();
        final List<Long> weightTrees = new ArrayList<>();
        final List<Long> weightNodes = new ArrayList<>();
        final List<Long> weightClasses = new ArrayList<>();
        final List<Float> weights = new ArrayList<>();
        for (int t = 0; t < model.trees().size(); t++)
        {
            final GbdtModel.Tree tree = model.trees().get(t);
            for (int n = 0; n < tree.feature().length; n++)
            {
                final boolean leaf = tree.feature()[n] == GbdtModel.LEAF;
                treeIds.add((long)t);
                nodeIds.add((long)n);
                featureIds.add(leaf ? 0L : tree.feature()[n]);
                values.add(leaf ? 0.0f : tree.threshold()[n]);
                modes.add(leaf ? "LEAF" : "BRANCH_LEQ");
                trueIds.add(leaf ? 0L : tree.left()[n]);
                falseIds.add(leaf ? 0L : tree.right()[n]);
                if (leaf)
                {
                    weightTrees.add((long)t);
                    weightNodes.add((long)n);
                    weightClasses.add((long)tree.targetClass());
                    weights.add(tree.value()[n]);
                }
            }
        }
        final long[] classLabels = new long[model.classCount()];
        for (int k = 0; k < classLabels.length; k++)
        {
            classLabels[k] = k;
        }
        final ProtoWriter node = node("TreeEnsembleClassifier", ML_DOMAIN, List.of(INPUT), "label",
            ints("class_ids", weightClasses), ints("class_nodeids", weightNodes), ints("class_treeids", weightTrees),
            floats("class_weights", weights), ints("classlabels_int64s", longs(classLabels)),
            floats("base_values", floatList(model.baseValues())), ints("nodes_falsenodeids", falseIds),
            ints("nodes_featureids", featureIds), strings("nodes_modes", modes), ints("nodes_nodeids", nodeIds),
            ints("nodes_treeids", treeIds), ints("nodes_truenodeids", trueIds), floats("nodes_values", values),
            attribute("post_transform", ATTRIBUTE_STRING).string(4, model.classCount() == 2 ? "LOGISTIC"
                : "SOFTMAX"));
        node.string(2, PROBABILITIES);
        final ProtoWriter graph = new ProtoWriter();
        graph.message(1, node);
        graph.string(2, graphName);
        graph.message(11, valueInfo(INPUT, FLOAT, model.featureCount()));
        graph.message(12, valueInfo("label", INT64, -1));
        graph.message(12, valueInfo(PROBABILITIES, FLOAT, model.classCount()));
        return modelProto(graph, true);
    }

    private static byte[] modelProto(final ProtoWriter graph, final boolean ml)
    {
        final ProtoWriter model = new ProtoWriter();
        model.int64(1, IR_VERSION);
        model.string(2, "ticksignal-train");
        model.message(7, graph);
        model.message(8, new ProtoWriter().string(1, "").int64(2, OPSET));
        if (ml)
        {
            model.message(8, new ProtoWriter().string(1, ML_DOMAIN).int64(2, ML_OPSET));
        }
        return model.toByteArray();
    }

    private static ProtoWriter node(
        final String opType, final String domain, final List<String> inputs, final String output,
        final ProtoWriter... attributes)
    {
        final ProtoWriter node = new ProtoWriter();
        for (final String input : inputs)
        {
            node.string(1, input);
        }
        node.string(2, output);
        node.string(3, opType + "_" + output);
        node.string(4, opType);
        for (final ProtoWriter attribute : attributes)
        {
            node.message(5, attribute);
        }
        if (!domain.isEmpty())
        {
            node.string(7, domain);
        }
        return node;
    }

    private static ProtoWriter attribute(final String name, final int type)
    {
        return new ProtoWriter().string(1, name).int64(20, type);
    }

    private static ProtoWriter ints(final String name, final List<Long> values)
    {
        return attribute(name, ATTRIBUTE_INTS).packedInt64s(8, values.stream().mapToLong(Long::longValue).toArray());
    }

    private static ProtoWriter floats(final String name, final List<Float> values)
    {
        final float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++)
        {
            array[i] = values.get(i);
        }
        return attribute(name, ATTRIBUTE_FLOATS).packedFloats(7, array);
    }

    private static ProtoWriter strings(final String name, final List<String> values)
    {
        final ProtoWriter attribute = attribute(name, ATTRIBUTE_STRINGS);
        for (final String value : values)
        {
            attribute.string(9, value);
        }
        return attribute;
    }

    private static List<Long> longs(final long[] values)
    {
        final List<Long> list = new ArrayList<>();
        for (final long value : values)
        {
            list.add(value);
        }
        return list;
    }

    private static List<Float> floatList(final float[] values)
    {
        final List<Float> list = new ArrayList<>();
        for (final float value : values)
        {
            list.add(value);
        }
        return list;
    }

    private static ProtoWriter doubleTensor(final String name, final long[] dims, final double[] values)
    {
        final ByteBuffer raw = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (final double value : values)
        {
            raw.putDouble(value);
        }
        final ProtoWriter tensor = new ProtoWriter();
        tensor.packedInt64s(1, dims);
        tensor.int64(2, DOUBLE);
        tensor.string(8, name);
        tensor.bytes(9, raw.array());
        return tensor;
    }

    /**
     * @param width the second dimension, or -1 for a rank-1 tensor {@code [N]}.
     */
    private static ProtoWriter valueInfo(final String name, final int elementType, final int width)
    {
        final ProtoWriter shape = new ProtoWriter();
        shape.message(1, new ProtoWriter().string(2, "N"));
        if (width >= 0)
        {
            shape.message(1, new ProtoWriter().int64(1, width));
        }
        final ProtoWriter tensorType = new ProtoWriter().int64(1, elementType).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
