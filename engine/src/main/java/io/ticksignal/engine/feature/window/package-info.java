/**
 * Sliding-window numerics shared by the feature packages: O(1), allocation-free running statistics over ring
 * buffers of primitives (sums, mean and variance, power sums, extremes, ranks, least squares), numerically
 * compensated (Neumaier sums, exact products, double-double cancellation) and re-anchored (a shadow accumulator
 * rebuilt from scratch replaces the running one every window length, so rounding never spans more than two
 * windows), plus the constructor argument checks every windowed feature makes.
 * <p>
 * Every class here is single-threaded and allocates only in its constructor. Windows hold finite values; what a
 * feature does with NaN or infinite input is decided (and counted) by the feature before it pushes.
 */
package io.ticksignal.engine.feature.window;
