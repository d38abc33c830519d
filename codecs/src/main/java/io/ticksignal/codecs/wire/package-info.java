/**
 * Working with Ticksignal frames on the wire and in the journal without allocating:
 * {@link io.ticksignal.codecs.wire.MessageValidator} checks that a received frame is safe to
 * decode with the generated flyweights of {@code io.ticksignal.codecs.sbe} and, when it is not,
 * answers with a {@link io.ticksignal.codecs.sbe.RejectReason} code to be counted;
 * {@link io.ticksignal.codecs.wire.FixedPoint} converts and rescales the schema's Decimal64
 * fixed-point values (mantissa * 10^exponent) exactly, reporting rather than hiding any loss.
 * <p>
 * Everything here is meant for the hot path: no allocation after construction, no exceptions
 * for bad input, outcomes reported as documented return codes.
 */
package io.ticksignal.codecs.wire;
