package io.ticksignal.engine.model.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@code ai.onnx.ml TreeEnsembleClassifier} node of an ONNX model straight from the file's protobuf
 * ({@code ModelProto.graph.node[].attribute[]}), so the built-in evaluator runs exactly the trees ONNX Runtime runs,
 * with no protobuf dependency and no copy of the trees in the metadata. The graph must hold exactly one such node;
 * other nodes (e.g. a ZipMap after it) are ignored, so the caller checks that the output it reads is the node's.
 * Cold path; stateless.
 */
public final class OnnxTreeEnsembleReader
{
    private static final String OP_TYPE = "TreeEnsembleClassifier";
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_FLOAT = 2;
    private static final int ATTRIBUTE_INT = 3;
    private static final int ATTRIBUTE_STRING = 4;
    private static final int ATTRIBUTE_FLOATS = 7;
    private static final int ATTRIBUTE_INTS = 8;
    private static final int ATTRIBUTE_STRINGS = 9;

    private OnnxTreeEnsembleReader()
    {
    }

    /**
     * @param onnxFile   the model file.
     * @param inputWidth number of input columns (feature ids must be below it).
     * @return the flattened ensemble, with the node's output names.
     * @throws IOException              when the file cannot be read.
     * @throws IllegalArgumentException when the file is not a valid model, has no (or more than one)
     *                                  TreeEnsembleClassifier, or the trees are malformed or of a layout the
     *                                  evaluator does not reproduce; the message says which.
     */
    public static TreeEnsemble read(final Path onnxFile, final int inputWidth) throws IOException
    {
        final byte[] bytes = Files.readAllBytes(onnxFile);
        final List<ProtoReader> nodes = new ArrayList<>();
        final ProtoReader model = new ProtoReader(bytes, 0, bytes.length);
        while (model.hasMore())
        {
            final int tag = model.readTag();
            if (tag >>> 3 == MODEL_GRAPH && (tag & 7) == ProtoReader.LENGTH_DELIMITED)
            {
                collectNodes(model.readMessage(), nodes);
            }
            else
            {
                model.skip(tag & 7);
            }
        }
        TreeEnsembleAttributes found = null;
        for (final ProtoReader node : nodes)
        {
            final TreeEnsembleAttributes attributes = readNode(node);
            if (attributes != null)
            {
                if (found != null)
                {
                    throw new IllegalArgumentException("the graph has more than one " + OP_TYPE
                        + " node; the built-in evaluator reads one");
                }
                found = attributes;
            }
        }
        if (found == null)
        {
            throw new IllegalArgumentException("the graph has no ai.onnx.ml " + OP_TYPE
                + " node; use scorer ONNX for this model");
        }
        return TreeEnsemble.of(found, inputWidth);
    }

    private static void collectNodes(final ProtoReader graph, final List<ProtoReader> nodes)
    {
        while (graph.hasMore())
        {
            final int tag = graph.readTag();
            if (tag >>> 3 == GRAPH_NODE && (tag & 7) == ProtoReader.LENGTH_DELIMITED)
            {
                nodes.add(graph.readMessage());
            }
            else
            {
                graph.skip(tag & 7);
            }
        }
    }

    private static TreeEnsembleAttributes readNode(final ProtoReader node)
    {
        final TreeEnsembleAttributes attributes = new TreeEnsembleAttributes();
        final List<String> outputs = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();
        String opType = "";
        while (node.hasMore())
        {
            final int tag = node.readTag();
            final int field = tag >>> 3;
            if ((tag & 7) != ProtoReader.LENGTH_DELIMITED)
            {
                node.skip(tag & 7);
            }
            else if (field == NODE_OP_TYPE)
            {
                opType = node.readString();
            }
            else if (field == NODE_INPUT)
            {
                inputs.add(node.readString());
            }
            else if (field == NODE_OUTPUT)
            {
                outputs.add(node.readString());
            }
            else if (field == NODE_ATTRIBUTE)
            {
                readAttribute(node.readMessage(), attributes);
            }
            else
            {
                node.skip(tag & 7);
            }
        }
        if (!OP_TYPE.equals(opType))
        {
            return null;
        }
        attributes.strings("__inputs", inputs.toArray(new String[0]));
        attributes.strings("__outputs", outputs.toArray(new String[0]));
        return attributes;
    }

    private static void readAttribute(final ProtoReader attribute, final TreeEnsembleAttributes into)
    {
        String name = "";
        long[] ints = new long[16];
        int intCount = 0;
        float[] floats = new float[16];
        int floatCount = 0;
        final List<String> strings = new ArrayList<>();
        String scalar = null;
        while (attribute.hasMore())
        {
            final int tag = attribute.readTag();
            final int field = tag >>> 3;
            final int wire = tag & 7;
            if (field == ATTRIBUTE_NAME && wire == ProtoReader.LENGTH_DELIMITED)
            {
                name = attribute.readString();
            }
            else if (field == ATTRIBUTE_FLOAT && wire == ProtoReader.FIXED32)
            {
                scalar = Float.toString(attribute.readFloat());
            }
            else if (field == ATTRIBUTE_INT && wire == ProtoReader.VARINT)
            {
                scalar = Long.toString(attribute.readVarint());
            }
            else if ((field == ATTRIBUTE_STRING || field == ATTRIBUTE_STRINGS) && wire == ProtoReader.LENGTH_DELIMITED)
            {
                final String text = attribute.readString();
                if (field == ATTRIBUTE_STRING)
                {
                    scalar = text;
                }
                else
                {
                    strings.add(text);
                }
            }
            else if (field == ATTRIBUTE_FLOATS && wire == ProtoReader.FIXED32)
            {
                floats = grow(floats, floatCount);
                floats[floatCount++] = attribute.readFloat();
            }
            else if (field == ATTRIBUTE_FLOATS && wire == ProtoReader.LENGTH_DELIMITED)
            {
                final ProtoReader packed = attribute.readMessage();
                while (packed.hasMore())
                {
                    floats = grow(floats, floatCount);
                    floats[floatCount++] = packed.readFloat();
                }
            }
            else if (field == ATTRIBUTE_INTS && wire == ProtoReader.VARINT)
            {
                ints = grow(ints, intCount);
                ints[intCount++] = attribute.readVarint();
            }
            else if (field == ATTRIBUTE_INTS && wire == ProtoReader.LENGTH_DELIMITED)
            {
                final ProtoReader packed = attribute.readMessage();
                while (packed.hasMore())
                {
                    ints = grow(ints, intCount);
                    ints[intCount++] = packed.readVarint();
                }
            }
            else
            {
                attribute.skip(wire);
            }
        }
        if (scalar != null)
        {
            into.putScalar(name, scalar);
        }
        if (intCount > 0)
        {
            into.ints(name, Arrays.copyOf(ints, intCount));
        }
        if (floatCount > 0)
        {
            into.floats(name, Arrays.copyOf(floats, floatCount));
        }
        if (!strings.isEmpty())
        {
            into.strings(name, strings.toArray(new String[0]));
        }
    }

    private static float[] grow(final float[] values, final int count)
    {
        return count < values.length ? values : Arrays.copyOf(values, values.length * 2);
    }

    private static long[] grow(final long[] values, final int count)
    {
        return count < values.length ? values : Arrays.copyOf(values, values.length * 2);
    }
}
