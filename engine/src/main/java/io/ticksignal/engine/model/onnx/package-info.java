/**
 * Scoring with ONNX Runtime ({@link io.ticksignal.engine.model.onnx.OnnxScorer}): one session per scorer, created
 * once with single-threaded, sequential options ({@link io.ticksignal.engine.model.onnx.OnnxScorerOptions}); per call
 * the features go into a reused direct {@code FloatBuffer} behind a reused input tensor, and the output is read from
 * a pinned (pre-allocated) output tensor. What ONNX Runtime's Java layer still allocates per call (the
 * {@code Result}, name and handle arrays: a few hundred bytes) is measured in {@code bench}'s
 * {@code io.ticksignal.bench.model} benchmarks.
 */
package io.ticksignal.engine.model.onnx;
