/**
 * JMH benchmarks of in-line model scoring: the built-in scorers (logistic, tree ensemble) against ONNX Runtime on
 * the same models, ns/op and B/op ({@code -prof gc}) side by side.
 */
package io.ticksignal.bench.model;
