/**
 * The end-to-end harness behind {@code ticksignal bench e2e}: an embedded media driver and the live engine in one
 * process, a sender offering real Bitstamp trades at fixed rates, and a subscriber timing every signal against the
 * intended send time of the trade that caused it (coordinated omission corrected), beside a bare Aeron IPC
 * ping-pong on the same driver as the floor.
 */
package io.ticksignal.bench.e2e;
