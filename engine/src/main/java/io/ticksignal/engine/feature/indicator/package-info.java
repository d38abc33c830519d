/**
 * Push-based incremental indicators: each {@link io.ticksignal.engine.feature.indicator.Indicator}
 * updates in O(1) per input over ring buffers of primitives, allocates nothing after
 * construction, reports NaN until warm, and follows TA-Lib's conventions where TA-Lib has
 * the indicator.
 */
package io.ticksignal.engine.feature.indicator;
