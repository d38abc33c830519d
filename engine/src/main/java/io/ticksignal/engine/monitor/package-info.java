/**
 * In-line drift monitoring: the population stability index (PSI) of each feature the model bundle has a training
 * histogram for, over a rolling window of decision points ({@link io.ticksignal.engine.monitor.FeatureDriftWindow}),
 * and the rolling accuracy of the model's predictions once their labels mature
 * ({@link io.ticksignal.engine.monitor.RollingAccuracy}); {@link io.ticksignal.engine.monitor.DriftMonitor} runs
 * both on the pipeline thread from event time only, keeps edge-triggered alerts and writes
 * {@link io.ticksignal.engine.monitor.MonitorCounters}. Everything is allocated at construction; nothing per event.
 */
package io.ticksignal.engine.monitor;
