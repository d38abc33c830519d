/**
 * Replay throughput: events per second of a single-threaded journal replay, feature path with the rule and with
 * the demo model bundle scoring.
 */
package io.ticksignal.bench.replay;
