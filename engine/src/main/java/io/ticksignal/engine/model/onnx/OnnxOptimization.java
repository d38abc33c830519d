package io.ticksignal.engine.model.onnx;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * ONNX Runtime graph optimisation level for a session.
 */
public enum OnnxOptimization
{
    /** No graph optimisation. */
    NONE(OptLevel.NO_OPT),
    /** Constant folding and redundant node removal. */
    BASIC(OptLevel.BASIC_OPT),
    /** Plus node fusions. */
    EXTENDED(OptLevel.EXTENDED_OPT),
    /** Everything, including layout optimisations (the default). */
    ALL(OptLevel.ALL_OPT);

    private final OptLevel level;

    OnnxOptimization(final OptLevel level)
    {
        this.level = level;
    }

    OptLevel level()
    {
        return level;
    }
}
