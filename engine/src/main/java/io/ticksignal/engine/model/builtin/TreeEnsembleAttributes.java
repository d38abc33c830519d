package io.ticksignal.engine.model.builtin;

import java.util.HashMap;
import java.util.Map;

/**
 * The attributes of an {@code ai.onnx.ml TreeEnsembleClassifier} node as the ONNX file holds them (parallel arrays,
 * one entry per node and one per leaf weight), before {@link TreeEnsemble} flattens them. Cold path.
 */
final class TreeEnsembleAttributes
{
    private final Map<String, long[]> ints = new HashMap<>();
    private final Map<String, float[]> floats = new HashMap<>();
    private final Map<String, String[]> strings = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();

    void ints(final String name, final long[] values)
    {
        ints.put(name, values);
    }

    void floats(final String name, final float[] values)
    {
        floats.put(name, values);
    }

    void strings(final String name, final String[] values)
    {
        strings.put(name, values);
    }

    void putScalar(final String name, final String value)
    {
        scalars.put(name, value);
    }

    long[] ints(final String name)
    {
        return ints.getOrDefault(name, new long[0]);
    }

    float[] floats(final String name)
    {
        return floats.getOrDefault(name, new float[0]);
    }

    String[] strings(final String name)
    {
        return strings.getOrDefault(name, new String[0]);
    }

    String scalar(final String name, final String otherwise)
    {
        return scalars.getOrDefault(name, otherwise);
    }

    boolean has(final String name)
    {
        return ints.containsKey(name) || floats.containsKey(name) || strings.containsKey(name)
            || scalars.containsKey(name);
    }
}
