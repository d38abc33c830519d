package io.ticksignal.engine.model.onnx;

/**
 * Which part of an ONNX model a problem is about.
 */
public enum OnnxPart
{
    /** The file as a whole: unreadable, not a model, fails to run. */
    FILE,
    /** The input tensor: missing, of the wrong type or shape. */
    INPUT,
    /** The number of input columns versus the features given. */
    WIDTH,
    /** The output read: missing, not a float tensor (e.g. a ZipMap), of the wrong shape. */
    OUTPUT
}
