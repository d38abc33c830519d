package io.ticksignal.engine.model;

/**
 * The {@code onnx:} block of {@code model.yaml}.
 *
 * @param file   the model file, relative to the bundle directory (default {@code model.onnx}).
 * @param sha256 its SHA-256, 64 lower-case hex digits.
 * @param input  the input tensor to feed, float32 {@code [N, featureCount]}.
 * @param output the float tensor output to read.
 */
public record OnnxSpec(String file, String sha256, String input, String output)
{
}
