package io.ticksignal.engine.model.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * Checks a session's input and output against what the scorer is asked to do and picks defaults: the input (the
 * only one, when not named), the output (the first float tensor output, when not named) and the input width.
 * Cold path; collects every problem.
 */
final class OnnxSignature
{
    String inputName;
    long[] inputShape;
    String outputName;

    private OnnxSignature()
    {
    }

    static OnnxSignature check(
        final OrtSession session,
        final String inputName,
        final String outputName,
        final int width,
        final List<OnnxProblem> problems) throws OrtException
    {
        final OnnxSignature signature = new OnnxSignature();
        signature.checkInput(session.getInputInfo(), inputName, width, problems);
        signature.checkOutput(session.getOutputInfo(), outputName, problems);
        return signature;
    }

    private void checkInput(
        final Map<String, NodeInfo> inputs, final String name, final int width, final List<OnnxProblem> problems)
    {
        if (name == null && inputs.size() != 1)
        {
            problems.add(new OnnxProblem(OnnxPart.INPUT, "the model has " + inputs.size() + " inputs ("
                + describe(inputs) + "); name the one to feed"));
            return;
        }
        final String chosen = name == null ? inputs.keySet().iterator().next() : name;
        final NodeInfo info = inputs.get(chosen);
        if (info == null)
        {
            problems.add(new OnnxProblem(OnnxPart.INPUT, "input '" + chosen + "' is not in the model; its inputs: "
                + describe(inputs)));
            return;
        }
        if (!(info.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT
            || tensor.getShape().length < 1 || tensor.getShape().length > 2)
        {
            problems.add(new OnnxProblem(OnnxPart.INPUT, "input '" + chosen + "' is " + typeOf(info)
                + "; the scorer feeds a float32 tensor [N,width] or [width]"));
            return;
        }
        final long[] shape = tensor.getShape().clone();
        final long modelWidth = shape[shape.length - 1];
        if (modelWidth > 0 && width > 0 && modelWidth != width)
        {
            problems.add(new OnnxProblem(OnnxPart.WIDTH, width + " input columns given but input '" + chosen
                + "' takes " + modelWidth + "; give exactly one column per model input"));
            return;
        }
        if (modelWidth <= 0 && width <= 0)
        {
            problems.add(new OnnxProblem(OnnxPart.WIDTH, "input '" + chosen + "' has a dynamic width; say how many"
                + " columns to feed"));
            return;
        }
        shape[shape.length - 1] = modelWidth > 0 ? modelWidth : width;
        if (shape.length == 2)
        {
            shape[0] = 1;
        }
        inputName = chosen;
        inputShape = shape;
    }

    private void checkOutput(final Map<String, NodeInfo> outputs, final String name, final List<OnnxProblem> problems)
    {
        if (name == null)
        {
            for (final Map.Entry<String, NodeInfo> entry : outputs.entrySet())
            {
                if (isFloatTensor(entry.getValue()))
                {
                    outputName = entry.getKey();
                    return;
                }
            }
            problems.add(new OnnxProblem(OnnxPart.OUTPUT, "the model has no float tensor output; its outputs: "
                + describe(outputs)));
            return;
        }
        final NodeInfo info = outputs.get(name);
        if (info == null)
        {
            problems.add(new OnnxProblem(OnnxPart.OUTPUT, "output '" + name + "' is not in the model; its outputs: "
                + describe(outputs)));
        }
        else if (!(info.getInfo() instanceof TensorInfo))
        {
            problems.add(new OnnxProblem(OnnxPart.OUTPUT, "output '" + name + "' is " + typeOf(info)
                + ", not a tensor (a ZipMap?); export the classifier without ZipMap and read its 'probabilities'"
                + " tensor"));
        }
        else if (!isFloatTensor(info))
        {
            problems.add(new OnnxProblem(OnnxPart.OUTPUT, "output '" + name + "' is " + typeOf(info)
                + "; the scorer reads a float32 tensor [N,K], [N] or [K]; its outputs: " + describe(outputs)));
        }
        else
        {
            outputName = name;
        }
    }

    private static boolean isFloatTensor(final NodeInfo info)
    {
        return info.getInfo() instanceof TensorInfo tensor && tensor.type == OnnxJavaType.FLOAT
            && tensor.getShape().length >= 1 && tensor.getShape().length <= 2;
    }

    static String describe(final Map<String, NodeInfo> values)
    {
        final List<String> parts = new ArrayList<>();
        for (final Map.Entry<String, NodeInfo> entry : values.entrySet())
        {
            parts.add("'" + entry.getKey() + "' " + typeOf(entry.getValue()));
        }
        return String.join(", ", parts);
    }

    /**
     * @return e.g. {@code FLOAT [-1, 2]}, {@code INT64 [-1]}, {@code SEQUENCE (not a tensor)}.
     */
    static String typeOf(final NodeInfo info)
    {
        if (info.getInfo() instanceof TensorInfo tensor)
        {
            return tensor.type + " " + Arrays.toString(tensor.getShape());
        }
        final String kind = info.getInfo().getClass().getSimpleName().replace("Info", "").toUpperCase(Locale.ROOT);
        return kind + " (not a tensor)";
    }
}
