/**
 * The live engine runtime: {@link io.ticksignal.engine.runtime.EngineRuntime} wires the counters file, the
 * Chronicle journal, Aeron (embedded driver by default), the Disruptor ring and two agents, each under an Agrona
 * {@code AgentRunner} with the configured idle strategy:
 * <ul>
 *     <li>the ingress agent polls market data (bounded fragments per duty cycle, fragments reassembled), claims a
 *     ring slot per message, stamps engine sequence and receive time, copies the bytes and publishes; a full ring
 *     stops polling, so Aeron's flow control holds the feed and nothing is dropped;</li>
 *     <li>the pipeline agent, the ring's single consumer, runs {@link io.ticksignal.engine.pipeline.Pipeline}
 *     on each slot in order, records latency ({@link io.ticksignal.engine.runtime.LatencyRecorder}) and is the
 *     journal's only writer (control events included);</li>
 *     <li>signals leave through {@link io.ticksignal.engine.runtime.AeronSignalSink}: a bounded retry, so a slow
 *     or absent strategy is counted and never blocks ingestion.</li>
 * </ul>
 * <b>Recovery.</b> Started on a journal that holds records, the engine replays the last cycle's inputs through
 * the decode, feature and decision stages of the very pipeline that then goes live
 * ({@link io.ticksignal.engine.runtime.JournalRecovery}), without journaling or publishing again, continues the
 * engine sequence after the journal's last one, and completes the one signal a crash may have cut off between an
 * input and its output.
 * <p>
 * <b>Errors.</b> One {@link io.ticksignal.engine.runtime.EngineErrorLog} at the runner boundary counts and keeps
 * every unexpected error; bad input is not an error but a counted, journaled rejection.
 * <p>
 * <b>Shutdown.</b> {@link io.ticksignal.engine.runtime.EngineRuntime#close()} stops ingress, drains the ring,
 * journals {@code ENGINE_STOP}, closes Aeron and the journal, writes the latency report beside the counters file
 * and returns an {@link io.ticksignal.engine.runtime.EngineSummary}.
 */
package io.ticksignal.engine.runtime;
