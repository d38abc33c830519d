package io.ticksignal.engine.model.onnx;

/**
 * One reason an ONNX model cannot be scored as asked.
 *
 * @param part    what it is about.
 * @param message what is wrong and how to fix it.
 */
public record OnnxProblem(OnnxPart part, String message)
{
}
