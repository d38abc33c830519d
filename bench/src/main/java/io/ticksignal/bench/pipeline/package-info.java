/**
 * JMH benchmarks of the engine pipeline driven directly (no ring, no Aeron): the per-event cost
 * and allocation of decode, validation, features, decision and signal encoding.
 */
package io.ticksignal.bench.pipeline;
