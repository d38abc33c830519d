/**
 * Model training: from a point-in-time dataset ({@code ticksignal dataset}) to a model bundle with an ONNX file
 * ({@code ticksignal train}).
 */
package io.ticksignal.train;
