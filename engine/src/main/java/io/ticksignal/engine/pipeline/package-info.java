/**
 * The engine's pipeline: a pre-allocated ring slot ({@link io.ticksignal.engine.pipeline.EngineEvent}) and the
 * stages that work on it in order, each a plain final class with {@code onEvent(EngineEvent)}:
 * <ol>
 *     <li>{@link io.ticksignal.engine.pipeline.DecodeStage}: frame checks, decode into the slot, semantic checks
 *     with per-instrument state (rejections are counted by reason);</li>
 *     <li>{@link io.ticksignal.engine.pipeline.JournalInputStage}: the input, accepted or rejected, is journaled
 *     before anything derived from it;</li>
 *     <li>{@link io.ticksignal.engine.pipeline.FeatureStage}: per-instrument bars and features, the very code the
 *     offline runner uses ({@link io.ticksignal.engine.feature.timeline});</li>
 *     <li>{@link io.ticksignal.engine.pipeline.DecisionStage}: a scorer proposes, the
 *     {@link io.ticksignal.engine.pipeline.DecisionPolicy} decides;</li>
 *     <li>{@link io.ticksignal.engine.pipeline.SignalStage}: encodes the SBE {@code Signal}, journals it, hands it
 *     to a {@link io.ticksignal.engine.pipeline.SignalSink}.</li>
 *     <li>{@link io.ticksignal.engine.pipeline.ShadowDecisionPath}, only with {@code model.shadow}: a second bundle
 *     decides on the same features with its own policy state; its signals are journaled as {@code SHADOW_OUTPUT},
 *     never published.</li>
 * </ol>
 * {@link io.ticksignal.engine.pipeline.Pipeline} composes them. The same objects run under a Disruptor handler
 * (live) or in a plain loop (replay, recovery, tests, benchmarks): same code, two drivers.
 * <p>
 * <b>Determinism.</b> Everything a stage computes comes from the input bytes, the engine sequence and the receive
 * time stamped at ingress (journaled, so replay reuses it), and per-instrument state in arrays indexed by a dense
 * instrument index; nothing reads the wall clock or iterates a hash map. The one exception is the Signal's
 * {@code ingressToDecisionNs}: a measured latency (injected clock now minus receive time), the only field that may
 * differ between a live run and its replay.
 * <p>
 * <b>Threads and allocation.</b> Every stage is single-threaded (one pipeline thread); after construction and
 * warm-up nothing on the per-event path allocates.
 */
package io.ticksignal.engine.pipeline;
