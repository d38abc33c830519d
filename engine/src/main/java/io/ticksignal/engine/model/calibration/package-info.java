/**
 * Probability calibration applied after scoring: {@link io.ticksignal.engine.model.calibration.PlattCalibration}
 * ({@code sigmoid(a * s + b)}) and {@link io.ticksignal.engine.model.calibration.IsotonicCalibration}
 * (piecewise-linear interpolation over a sorted table, clamped at the ends). The input {@code s} is the model's
 * uncalibrated probability (P(up) for binary models; each class probability for multi-class models, which are then
 * renormalised to sum to 1 by the bundle scorer). Immutable, thread-safe, allocation-free.
 */
package io.ticksignal.engine.model.calibration;
