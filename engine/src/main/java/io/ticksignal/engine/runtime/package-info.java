/**
 * The live engine runtime: Aeron ingress into the Disruptor ring, the pipeline on its own thread,
 * signals out over Aeron, counters in a memory-mapped file, clean shutdown. Work in progress:
 * so far only the egress sink ({@link io.ticksignal.engine.runtime.AeronSignalSink}).
 */
package io.ticksignal.engine.runtime;
